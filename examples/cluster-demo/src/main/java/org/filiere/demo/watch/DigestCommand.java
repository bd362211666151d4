package org.filiere.demo.watch;

import java.util.List;
import java.util.concurrent.Callable;

import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.demo.DemoConverters.MemberIdConverter;
import org.filiere.member.MemberId;
import org.filiere.member.application.MemberDirectory;
import org.filiere.integration.tenders.DigestRenderer;
import org.filiere.watch.Digest;
import org.filiere.watch.WatchWeek;
import org.filiere.watch.application.DigestService;
import org.filiere.watch.application.WatchCommands.ComposeWeeklyDigests;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code digest SIREN}: composes the week's digests (new matches only) and prints the member's, as text. */
@Command(name = "digest", description = "Compose the week's digests and print a member's digest as text.")
public class DigestCommand implements Callable<Integer> {

    @ParentCommand
    ClusterDemo demo;

    @Parameters(paramLabel = "SIREN", converter = MemberIdConverter.class, description = "The member's SIREN.")
    MemberId member;

    @Option(names = "--week", paramLabel = "WEEK", description = "The week, such as 2025-W23 (default: this week).")
    String week;

    @Override
    public Integer call() {
        try (DemoCluster cluster = demo.open()) {
            WatchWeek w = week == null ? WatchWeek.of(cluster.today()) : WatchWeek.parse(week);
            DigestService digests = cluster.get(DigestService.class);
            digests.compose(new ComposeWeeklyDigests(cluster.actor(), w));
            List<Digest> found = digests.digests(member, w);
            if (found.isEmpty()) {
                demo.out().printf("No digest for member %s in %s: no tender of the week matches its profile.%n",
                        member.siren().formatted(), w);
                return 0;
            }
            String name = cluster.get(MemberDirectory.class).member(member).map(m -> m.name())
                    .orElse(member.value());
            DigestRenderer renderer = cluster.get(DigestRenderer.class);
            for (Digest digest : found) {
                demo.out().print(renderer.render(digest, name).text());
                demo.out().printf("(%s)%n", digest.sentAt().map(t -> "sent " + t).orElse("not sent yet"));
            }
        }
        return 0;
    }
}
