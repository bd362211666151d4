package org.filiere.training.application;

import java.math.BigDecimal;
import java.util.Optional;

import org.filiere.training.RegistrationId;
import org.filiere.training.RegistrationStatus;

/**
 * What a registration got.
 *
 * @param registrationId   the new registration
 * @param status           confirmed or waitlisted
 * @param waitlistPosition the place on the waitlist, from 1, when waitlisted
 * @param price            the price due
 */
public record RegistrationOutcome(RegistrationId registrationId, RegistrationStatus status,
        Optional<Integer> waitlistPosition, BigDecimal price) {
}
