package org.filiere.portal.api;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.filiere.training.RegistrationConfirmed;

/**
 * The confirmations the portal tells people once their seat is stored: an observer that runs only after the
 * transaction commits, so a request that rolls back tells no one. The notices are kept for the staff to read (a real
 * deployment would send them by mail from here).
 */
@ApplicationScoped
public class ConfirmationNotices {

    private static final int KEPT = 10_000;

    /**
     * One confirmation told.
     *
     * @param sessionId      the session
     * @param registrationId the registration
     * @param participant    who has the seat
     */
    public record Notice(String sessionId, String registrationId, String participant) {
    }

    private final ConcurrentLinkedQueue<Notice> notices = new ConcurrentLinkedQueue<>();

    void confirmed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistrationConfirmed event) {
        notices.add(new Notice(event.sessionId().value().toString(), event.registrationId().value().toString(),
                event.participant().name()));
        while (notices.size() > KEPT) {
            notices.poll();
        }
    }

    /** The notices told for a session, oldest first. */
    public List<Notice> of(String sessionId) {
        return notices.stream().filter(n -> n.sessionId().equals(sessionId)).toList();
    }
}
