package org.filiere.demo.training;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.training.Attendance;
import org.filiere.training.RegistrationId;
import org.filiere.training.Satisfaction;
import org.filiere.training.SessionFigures;
import org.filiere.training.SessionId;
import org.filiere.training.application.RegistrationService;
import org.filiere.training.application.TrainingCommands.RecordAttendance;
import org.filiere.training.application.TrainingCommands.RecordSatisfaction;
import org.filiere.training.application.TrainingDirectory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Records who came to a session once it is over, and the satisfaction scores attendees gave. */
@Command(name = "attendance", description = "Record the attendance (and satisfaction) of a session that is over.")
public class AttendanceCommand implements Callable<Integer> {

    @ParentCommand
    ClusterDemo demo;

    @Parameters(paramLabel = "SESSION", description = "The session's id, or its first characters.")
    String session;

    @Option(names = "--present", split = ",", paramLabel = "REGISTRATION", description = "Registrations present.")
    List<String> present = List.of();

    @Option(names = "--absent", split = ",", paramLabel = "REGISTRATION", description = "Registrations absent.")
    List<String> absent = List.of();

    @Option(names = "--score", paramLabel = "REGISTRATION=1..5", description = "A satisfaction score, repeatable.")
    Map<String, Integer> scores = Map.of();

    @Override
    public Integer call() {
        try (DemoCluster cluster = demo.open()) {
            SessionId id = TrainingRefs.session(cluster, session);
            Map<RegistrationId, Attendance> marks = new HashMap<>();
            present.forEach(r -> marks.put(TrainingRefs.registration(cluster, id, r), Attendance.PRESENT));
            absent.forEach(r -> marks.put(TrainingRefs.registration(cluster, id, r), Attendance.ABSENT));
            RegistrationService service = cluster.get(RegistrationService.class);
            var recorded = service.recordAttendance(new RecordAttendance(cluster.actor(), id, marks));
            scores.forEach((r, score) -> service.recordSatisfaction(new RecordSatisfaction(cluster.actor(), id,
                    TrainingRefs.registration(cluster, id, r), new Satisfaction(score, ""))));
            SessionFigures f = cluster.get(TrainingDirectory.class).sessionFigures(id);
            demo.out().printf("Attendance recorded: %d present, %d absent; attendance rate %s, satisfaction %s%n",
                    recorded.present(), recorded.absent(), f.attendanceRate().map(a -> a + " %").orElse("n/a"),
                    f.averageSatisfaction().map(a -> a + "/5").orElse("not rated"));
        }
        return 0;
    }
}
