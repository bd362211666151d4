package org.filiere.speedmeeting;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.filiere.event.Erasure;
import org.filiere.event.EventRegistrationId;
import org.filiere.kernel.InvalidFieldException;
import org.filiere.kernel.TextLimit;
import org.filiere.training.Participant;

/**
 * A person taking part in a speed-meeting: registered for the event, with their organisation, whether it is a
 * member, their sector, what they offer and what they look for (free text), and the rounds they can attend.
 *
 * @param id           identity in the speed-meeting
 * @param registration their registration for the event
 * @param person       who they are (name, e-mail, organisation, employer)
 * @param member       whether their organisation is a member (they registered at the member rate)
 * @param sector       their sector, in a few words
 * @param offer        what they offer
 * @param wants        what they look for
 * @param availability the rounds they can attend; empty for every round
 * @param joinedAt     when they joined
 * @param leftAt       when they left, if they did
 */
public record SpeedParticipant(ParticipantId id, EventRegistrationId registration, Participant person, boolean member,
        String sector, String offer, String wants, Set<Integer> availability, Instant joinedAt,
        Optional<Instant> leftAt) {

    public SpeedParticipant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(person, "person");
        String record = "Speed-meeting participant " + person.name();
        sector = TextLimit.check(record, "sector", sector == null ? "" : sector.strip(), TextLimit.SHORT);
        offer = TextLimit.check(record, "offer", offer == null ? "" : offer.strip(), TextLimit.MEDIUM);
        wants = TextLimit.check(record, "wants", wants == null ? "" : wants.strip(), TextLimit.MEDIUM);
        availability = Set.copyOf(new TreeSet<>(Objects.requireNonNull(availability, "availability")));
        for (int round : availability) {
            if (round < 1) {
                throw new InvalidFieldException(record, "availability", "counts rounds from 1, not " + round);
            }
        }
        Objects.requireNonNull(joinedAt, "joinedAt");
        Objects.requireNonNull(leftAt, "leftAt");
    }

    public String name() {
        return person.name();
    }

    public String organisation() {
        return person.organisation();
    }

    /** Whether they are still taking part. */
    public boolean isPresent() {
        return leftAt.isEmpty();
    }

    /** Whether they can attend a round. */
    public boolean canAttend(int round) {
        return availability.isEmpty() || availability.contains(round);
    }

    /** The rounds they can attend, within a layout. */
    public Set<Integer> roundsWithin(Layout layout) {
        return availability.isEmpty() ? layout.allRounds()
                : availability.stream().filter(r -> r <= layout.rounds()).collect(Collectors.toSet());
    }

    SpeedParticipant leaving(Instant at) {
        return new SpeedParticipant(id, registration, person, member, sector, offer, wants, availability, joinedAt,
                Optional.of(at));
    }

    SpeedParticipant erased() {
        return new SpeedParticipant(id, registration, Erasure.erased(person, id.toString()), member, sector, "", "",
                availability, joinedAt, leftAt);
    }

    SpeedParticipant withAvailability(Set<Integer> rounds) {
        return new SpeedParticipant(id, registration, person, member, sector, offer, wants, rounds, joinedAt, leftAt);
    }
}
