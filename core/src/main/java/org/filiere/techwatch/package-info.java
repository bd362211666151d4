/**
 * The technology watch (veille technologique): news feeds the association follows, their items kept once and
 * classified into staff-defined watch topics, the weekly technology letter staff curate from them (items picked,
 * commented and ordered), its subscribers (consent recorded; personal data) and the letter's deliveries, stored
 * with the letter's publication and sent afterwards.
 */
package org.filiere.techwatch;
