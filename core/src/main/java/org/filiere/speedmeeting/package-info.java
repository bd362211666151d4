/**
 * Business speed-meetings: participants of a speed-meeting event say what they offer and look for and when they
 * can attend; they ask each other for one-to-one meetings, which are accepted, declined or expire (or accepted by
 * default in opt-out mode); the {@link org.filiere.speedmeeting.MeetingScheduler} places the accepted meetings in
 * rounds at numbered tables, and re-schedules locally after a change. It knows no framework.
 */
package org.filiere.speedmeeting;
