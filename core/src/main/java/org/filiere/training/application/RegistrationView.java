package org.filiere.training.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import org.filiere.training.Attendance;
import org.filiere.training.Participant;
import org.filiere.training.RegistrationId;
import org.filiere.training.RegistrationStatus;
import org.filiere.training.Satisfaction;

/**
 * A registration as staff see it.
 *
 * @param id               the registration
 * @param participant      who registered
 * @param arrival          its rank of arrival on the session
 * @param status           where it stands
 * @param waitlistPosition its place on the waitlist, from 1, when waitlisted
 * @param price            the price due
 * @param registeredAt     when it arrived
 * @param promotedAt       when it got a seat from the waitlist, if it did
 * @param attendance       whether the person came
 * @param satisfaction     their answer, if recorded
 */
public record RegistrationView(RegistrationId id, Participant participant, int arrival, RegistrationStatus status,
        Optional<Integer> waitlistPosition, BigDecimal price, Instant registeredAt, Optional<Instant> promotedAt,
        Attendance attendance, Optional<Satisfaction> satisfaction) {
}
