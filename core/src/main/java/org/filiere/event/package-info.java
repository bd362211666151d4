/**
 * Events the association runs besides training: thematic meetings (a half-day talk on one subject, often at a
 * member's or a partner's venue), business speed-meetings (see {@code org.filiere.speedmeeting}) and others. An
 * event is planned, published, held or cancelled; people register for its seats (with a waitlist, the rules of
 * {@code org.filiere.seating}), check in on the day, and say how satisfied they were.
 */
package org.filiere.event;
