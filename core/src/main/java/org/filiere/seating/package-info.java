/**
 * Seats and their waitlist, shared by everything people register for (training sessions, events): a fixed number
 * of seats given in arrival order, the people who arrive once they are taken waiting in that order, and a freed or
 * added seat going to the first one waiting. It knows no framework.
 */
package org.filiere.seating;
