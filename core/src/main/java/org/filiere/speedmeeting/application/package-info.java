/**
 * The application services of speed-meetings: opening one for an event, participants, meeting requests and their
 * answers, locks, scheduling, agendas, table plans, figures and suggestions.
 */
package org.filiere.speedmeeting.application;
