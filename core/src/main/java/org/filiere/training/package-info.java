/**
 * Training: courses the association or an outside training organisation delivers, their sessions held close to
 * members with hand-picked speakers, registrations with a waitlist in arrival order, attendance and satisfaction,
 * and the figures the activity report quotes. The rules are named policies ({@link
 * org.filiere.training.RegistrationRules}, {@link org.filiere.training.SpeakerContributionPolicy}).
 */
package org.filiere.training;
