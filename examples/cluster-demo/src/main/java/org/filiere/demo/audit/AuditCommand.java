package org.filiere.demo.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import org.filiere.access.ActorId;
import org.filiere.audit.AuditEntry;
import org.filiere.audit.AuditQuery;
import org.filiere.audit.application.AuditService;
import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.member.Siren;
import org.filiere.privacy.PersonReference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code audit [--member SIREN] [--person EMAIL] [--by ID] [--since DATE]}: the audit trail, newest first. */
@Command(name = "audit", description = "The audit trail, newest first: who did what to which record, when.")
public class AuditCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/Paris"));

    @ParentCommand
    ClusterDemo demo;

    @Option(names = "--member", paramLabel = "SIREN", description = "Only what was done to this member.")
    String member;

    @Option(names = "--person", paramLabel = "EMAIL", description = "Only what was done about this person's data.")
    String person;

    @Option(names = "--by", paramLabel = "ID", description = "Only what this person did (their account id).")
    String by;

    @Option(names = "--since", paramLabel = "DATE", description = "Only from this day on (yyyy-mm-dd).")
    LocalDate since;

    @Option(names = "--limit", defaultValue = "50", description = "The most entries shown (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        AuditQuery query = AuditQuery.latest().limitedTo(limit);
        if (member != null) {
            query = query.about(Siren.parse(member).value());
        }
        if (person != null) {
            query = query.about(PersonReference.of(person));
        }
        if (by != null) {
            query = query.by(ActorId.of(by));
        }
        if (since != null) {
            query = query.since(since.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant());
        }
        try (DemoCluster cluster = demo.open()) {
            List<AuditEntry> entries = cluster.get(AuditService.class).list(cluster.actor(), query);
            if (entries.isEmpty()) {
                demo.out().println("No audit entry matches.");
            }
            for (AuditEntry e : entries) {
                String who = e.actor().map(ActorId::value).orElse("(no one)")
                        + (e.roles().isEmpty() ? "" : " (" + e.roles() + ")");
                demo.out().printf("%s  %-28s %-28s %s%s%n", WHEN.format(e.occurredAt()), who, e.eventType(),
                        e.aggregateId(), e.summary().isEmpty() ? "" : "  " + e.summary());
            }
        }
        return 0;
    }
}
