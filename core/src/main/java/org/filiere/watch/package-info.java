/**
 * The market watch (veille des marchés): public and private calls for tender, with their CPV codes (the CPV 2008
 * vocabulary is shipped), members' watch profiles, the matching of tenders to profiles, and the weekly digest each
 * member gets of the tenders that concern it, never the same tender twice.
 */
package org.filiere.watch;
