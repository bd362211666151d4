package org.filiere.demo.training;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.training.RegistrationId;
import org.filiere.training.SessionId;
import org.filiere.training.application.RegistrationService;
import org.filiere.training.application.RegistrationView;
import org.filiere.training.application.TrainingCommands.CancelRegistration;
import org.filiere.training.application.TrainingDirectory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Cancels a registration; the first person on the waitlist gets the seat it frees. */
@Command(name = "cancel-registration", description = "Cancel a registration; the waitlist moves up.")
public class CancelRegistrationCommand implements Callable<Integer> {

    @ParentCommand
    ClusterDemo demo;

    @Parameters(index = "0", paramLabel = "SESSION", description = "The session's id, or its first characters.")
    String session;

    @Parameters(index = "1", paramLabel = "REGISTRATION",
            description = "The registration's id, or its first characters.")
    String registration;

    @Override
    public Integer call() {
        try (DemoCluster cluster = demo.open()) {
            SessionId id = TrainingRefs.session(cluster, session);
            RegistrationId registrationId = TrainingRefs.registration(cluster, id, registration);
            Optional<RegistrationId> promoted = cluster.get(RegistrationService.class)
                    .cancel(new CancelRegistration(cluster.actor(), id, registrationId));
            demo.out().printf("Cancelled registration %s.%n", TrainingRefs.shortId(registrationId));
            promoted.ifPresent(p -> {
                RegistrationView who = cluster.get(TrainingDirectory.class).registrations(cluster.actor(), id).stream()
                        .filter(r -> r.id().equals(p)).findFirst().orElseThrow();
                demo.out().printf("%s moves up from the waitlist and gets the seat (registration %s).%n",
                        who.participant().name(), TrainingRefs.shortId(p));
            });
        }
        return 0;
    }
}
