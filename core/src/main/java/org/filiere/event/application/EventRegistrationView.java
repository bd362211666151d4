package org.filiere.event.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import org.filiere.event.EventRegistrationId;
import org.filiere.training.Attendance;
import org.filiere.training.Participant;
import org.filiere.training.RegistrationStatus;
import org.filiere.training.Satisfaction;

/**
 * A registration as staff read it.
 *
 * @param id               the registration
 * @param participant      who
 * @param arrival          rank of arrival
 * @param status           confirmed, waitlisted or cancelled
 * @param waitlistPosition place on the waitlist, when waiting
 * @param price            the price due
 * @param memberRate       whether at the member rate
 * @param attendance       present, absent (no-show) or not recorded
 * @param checkedInAt      when they checked in
 * @param feedback         what they said
 */
public record EventRegistrationView(EventRegistrationId id, Participant participant, int arrival,
        RegistrationStatus status, Optional<Integer> waitlistPosition, BigDecimal price, boolean memberRate,
        Attendance attendance, Optional<Instant> checkedInAt, Optional<Satisfaction> feedback) {
}
