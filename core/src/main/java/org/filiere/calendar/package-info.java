/**
 * iCalendar (RFC 5545) files, written with ical4j, as every feature of the association writes them: times in
 * Europe/Paris with the VTIMEZONE included, a stable UID and a SEQUENCE raised on each change for every entry,
 * validation before anything is returned, and lines folded at 75 octets.
 */
package org.filiere.calendar;
