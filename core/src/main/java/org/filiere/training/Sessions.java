package org.filiere.training;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The training sessions, with their speakers and registrations, wherever they are stored. */
public interface Sessions {

    Optional<Session> find(SessionId id);

    /** The session with this id. */
    default Session get(SessionId id) {
        return find(id).orElseThrow(() -> new UnknownSessionException(id));
    }

    /**
     * The session with this id, held for the current transaction: until it ends, anyone else asking for it
     * this way waits. Registrations go through it, so that seats and the waitlist order stay consistent when many
     * people register at once.
     *
     * @throws UnknownSessionException if there is no such session
     */
    Session getForUpdate(SessionId id);

    /** The session an outside organisation's catalogue names so, if it was imported. */
    Optional<Session> findByExternalReference(ExternalReference reference);

    /** The sessions that match, by start time. */
    List<Session> find(SessionQuery query);

    /**
     * The sessions that match, by start time, as lists show them: with how many people are confirmed and waiting,
     * but without reading their registrations.
     */
    List<SessionSummary> summaries(SessionQuery query);

    /** The sessions with a registration of the person with this e-mail address (case aside). */
    List<Session> withPerson(String email);

    /** The sessions where this person speaks, by start time. */
    List<Session> withSpeaker(SpeakerId person);

    /**
     * The sessions that ended before the given time and still hold someone's personal data in a registration, by
     * start time: what the retention rule anonymises.
     *
     * @param cutoff a time in the association's time zone
     */
    default List<Session> endedBeforeWithPersonalData(LocalDateTime cutoff) {
        return find(SessionQuery.all().startingBefore(cutoff)).stream()
                .filter(s -> s.schedule().end().isBefore(cutoff) && s.holdsPersonalData()).toList();
    }

    /**
     * Stores a new session or the changes to one, with its speakers and registrations.
     *
     * @throws org.filiere.kernel.StaleDataException if the session was changed since it was read
     */
    void save(Session session);

    /**
     * Stores new sessions (never stored before) all at once.
     *
     * @throws InvalidTrainingDataException if one's reference is already used by another session
     */
    default void insertAll(List<Session> newSessions) {
        newSessions.forEach(this::save);
    }
}
