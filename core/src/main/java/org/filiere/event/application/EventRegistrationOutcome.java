package org.filiere.event.application;

import java.math.BigDecimal;
import java.util.Optional;

import org.filiere.event.EventRegistrationId;
import org.filiere.training.RegistrationStatus;

/**
 * What a person registering is told.
 *
 * @param registration     their registration
 * @param status           a seat (confirmed) or the waitlist
 * @param waitlistPosition their place on the waitlist
 * @param price            what they pay
 */
public record EventRegistrationOutcome(EventRegistrationId registration, RegistrationStatus status,
        Optional<Integer> waitlistPosition, BigDecimal price) {
}
