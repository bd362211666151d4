/**
 * iCalendar (RFC 5545) files of training sessions, written with ical4j: one session as a {@code .ics}, and a feed
 * of sessions that calendar clients subscribe to.
 */
package org.filiere.training.calendar;
