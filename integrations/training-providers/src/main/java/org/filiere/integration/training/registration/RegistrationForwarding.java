package org.filiere.integration.training.registration;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;
import org.filiere.access.Acting;
import org.filiere.access.Actor;
import org.filiere.integration.camel.outbox.NewOutboxMessage;
import org.filiere.integration.camel.outbox.Outbox;
import org.filiere.integration.training.TrainingProviderSettings;
import org.filiere.training.ExternalReference;
import org.filiere.training.Participant;
import org.filiere.training.RegistrationConfirmed;
import org.filiere.training.RegistrationId;
import org.filiere.training.RegistrationPromoted;
import org.filiere.training.SessionId;
import org.filiere.training.application.SessionView;
import org.filiere.training.application.TrainingDirectory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Hears that a person got a seat (registered with seats left, or promoted from the waitlist) on a session that an
 * outside organisation delivers, and, if the organisation gave a URL ({@code registrations-url.<SIRET>}), puts it
 * in the outbox in the registration's own transaction; the outbox's relay then hands it to the route that POSTs it
 * to the organisation ({@link RegistrationChannel}). A node stopping in between loses nothing: the registration
 * waits in the database.
 */
@ApplicationScoped
public class RegistrationForwarding {

    /** Who looks the session up: the forwarding itself, whoever registered the person. */
    private static final Actor FORWARDING = Actor.system("training-registration-forwarding");

    private static final Logger LOG = Logger.getLogger(RegistrationForwarding.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TrainingDirectory directory;
    private final Outbox outbox;
    private final TrainingProviderSettings settings;

    @Inject
    public RegistrationForwarding(TrainingDirectory directory, Outbox outbox, Config config) {
        this.directory = directory;
        this.outbox = outbox;
        this.settings = config == null ? null : new TrainingProviderSettings(config);
    }

    /** For the CDI container's proxies. */
    protected RegistrationForwarding() {
        this(null, null, null);
    }

    void confirmed(@Observes RegistrationConfirmed event) {
        forward(event.eventId(), event.sessionId(), event.registrationId(), event.participant(), event.occurredAt(),
                "RegistrationConfirmed");
    }

    void promoted(@Observes RegistrationPromoted event) {
        forward(event.eventId(), event.sessionId(), event.registrationId(), event.participant(), event.occurredAt(),
                "RegistrationPromoted");
    }

    private void forward(UUID eventId, SessionId sessionId, RegistrationId registrationId, Participant participant,
            Instant at, String type) {
        Optional<SessionView> found = Acting.as(FORWARDING, () -> directory.session(sessionId));
        if (found.isEmpty() || found.get().externalReference().isEmpty()) {
            return;
        }
        SessionView session = found.get();
        ExternalReference reference = session.externalReference().get();
        String siret = reference.provider().value();
        if (settings.registrationsUrl(siret).isEmpty()) {
            LOG.fine(() -> "No registrations URL for " + session.provider() + "; registration " + registrationId
                    + " stays with the association");
            return;
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("registration", registrationId.toString());
        payload.put("provider", siret);
        payload.put("session", reference.id());
        directory.course(session.courseId()).flatMap(c -> c.externalReference())
                .ifPresent(course -> payload.put("course", course.id()));
        payload.put("courseTitle", session.courseTitle());
        payload.put("start", session.plan().schedule().start().toString());
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", participant.name());
        person.put("email", participant.email());
        person.put("organisation", participant.organisation());
        payload.put("participant", person);
        payload.put("confirmedAt", at.toString());
        String body;
        try {
            body = JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A registration cannot be written as JSON", e);
        }
        outbox.add(new NewOutboxMessage(eventId, RegistrationChannel.NAME, registrationId.toString(), type, body,
                Map.of(RegistrationRoutes.PROVIDER_HEADER, siret, RegistrationRoutes.REGISTRATION_HEADER,
                        registrationId.toString())));
    }
}
