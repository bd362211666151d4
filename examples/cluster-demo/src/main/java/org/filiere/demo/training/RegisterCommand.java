package org.filiere.demo.training;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.demo.DemoConverters.MemberIdConverter;
import org.filiere.member.MemberId;
import org.filiere.training.Participant;
import org.filiere.training.RegistrationStatus;
import org.filiere.training.SessionId;
import org.filiere.training.application.RegistrationOutcome;
import org.filiere.training.application.RegistrationService;
import org.filiere.training.application.TrainingCommands.Register;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Registers a person for a session: a seat while seats remain, the waitlist after that. */
@Command(name = "register", description = "Register a person for a training session.")
public class RegisterCommand implements Callable<Integer> {

    @ParentCommand
    ClusterDemo demo;

    @Parameters(paramLabel = "SESSION", description = "The session's id, or its first characters.")
    String session;

    @Option(names = "--name", required = true, description = "The person's full name.")
    String name;

    @Option(names = "--email", required = true, description = "The person's e-mail address.")
    String email;

    @Option(names = "--member", converter = MemberIdConverter.class,
            description = "SIREN of the member the person works for, if any.")
    MemberId member;

    @Option(names = "--organisation", defaultValue = "", description = "Where the person works.")
    String organisation;

    @Override
    public Integer call() {
        try (DemoCluster cluster = demo.open()) {
            SessionId id = TrainingRefs.session(cluster, session);
            Participant participant = new Participant(name, email, organisation, Optional.ofNullable(member),
                    Optional.empty());
            RegistrationOutcome outcome = cluster.get(RegistrationService.class)
                    .register(new Register(cluster.actor(), id, participant));
            demo.out().printf("Registered %s: %s, price %s EUR (registration %s)%n", participant.name(),
                    outcome.status() == RegistrationStatus.CONFIRMED ? "confirmed"
                            : "waitlisted, place " + outcome.waitlistPosition().orElseThrow(),
                    outcome.price(), TrainingRefs.shortId(outcome.registrationId()));
        }
        return 0;
    }
}
