package org.filiere.demo.watch;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.demo.DemoConverters.MemberIdConverter;
import org.filiere.member.MemberId;
import org.filiere.watch.CpvVocabulary;
import org.filiere.watch.WatchCriteria;
import org.filiere.watch.WatchProfile;
import org.filiere.watch.application.WatchCommands.SetWatchProfile;
import org.filiere.watch.application.WatchProfileService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code watch-profile SIREN ...}: sets what a member watches for, and prints the profile. */
@Command(name = "watch-profile", description = "Set a member's watch profile (replaces the previous one).")
public class WatchProfileCommand implements Callable<Integer> {

    @ParentCommand
    ClusterDemo demo;

    @Parameters(paramLabel = "SIREN", converter = MemberIdConverter.class, description = "The member's SIREN.")
    MemberId member;

    @Option(names = "--keyword", paramLabel = "WORD", description = "A word to watch for (repeatable).")
    List<String> keywords = List.of();

    @Option(names = "--phrase", paramLabel = "TEXT", description = "A phrase to watch for (repeatable).")
    List<String> phrases = List.of();

    @Option(names = "--exclude", paramLabel = "WORD", description = "A word that rules a tender out (repeatable).")
    List<String> excluded = List.of();

    @Option(names = "--cpv", paramLabel = "CODE", description = "A CPV code or its first digits, such as 72 or 7226"
            + " (repeatable).")
    List<String> cpv = List.of();

    @Option(names = "--department", paramLabel = "CODE", description = "A department, such as 38 (repeatable).")
    List<String> departments = List.of();

    @Option(names = "--region", paramLabel = "NAME", description = "A region, by name or INSEE code (repeatable).")
    List<String> regions = List.of();

    @Option(names = "--min", paramLabel = "EUROS", description = "The least estimated value.")
    BigDecimal min;

    @Option(names = "--max", paramLabel = "EUROS", description = "The greatest estimated value.")
    BigDecimal max;

    @Option(names = "--email", paramLabel = "ADDRESS", required = true,
            description = "Where the digests go (repeatable).")
    List<String> recipients;

    @Option(names = "--inactive", description = "Keep the profile but send no digest.")
    boolean inactive;

    @Override
    public Integer call() {
        try (DemoCluster cluster = demo.open()) {
            WatchProfileService service = cluster.get(WatchProfileService.class);
            service.setProfile(new SetWatchProfile(cluster.actor(), member, keywords, phrases, excluded, cpv,
                    departments, regions, Optional.ofNullable(min), Optional.ofNullable(max), recipients, !inactive));
            print(service.profile(member).orElseThrow(), cluster.get(CpvVocabulary.class));
        }
        return 0;
    }

    private void print(WatchProfile p, CpvVocabulary vocabulary) {
        WatchCriteria c = p.criteria();
        var out = demo.out();
        out.printf("Watch profile of member %s (%s)%n", p.memberId().siren().formatted(),
                p.isActive() ? "active" : "inactive");
        out.printf("  keywords   %s%n", c.keywords());
        out.printf("  phrases    %s%n", c.phrases());
        out.printf("  excluded   %s%n", c.excludedWords());
        c.cpvCodes().forEach(code -> out.printf("  CPV        %s and every code under it%n",
                vocabulary.find(code).map(Object::toString).orElse(code.digits())));
        out.printf("  places     %s%n", c.places().isEmpty() ? "anywhere" : c.places());
        out.printf("  value      %s to %s%n", c.minValue().map(BigDecimal::toPlainString).orElse("any"),
                c.maxValue().map(BigDecimal::toPlainString).orElse("any"));
        out.printf("  digests to %s%n", String.join(", ", p.recipients()));
    }
}
