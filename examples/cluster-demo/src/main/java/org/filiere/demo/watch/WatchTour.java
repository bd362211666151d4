package org.filiere.demo.watch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.filiere.demo.DemoCluster;
import org.filiere.demo.DemoData;
import org.filiere.demo.TourStep;
import org.filiere.member.MemberQuery;
import org.filiere.member.MembershipStatus;
import org.filiere.member.application.MemberDirectory;
import org.filiere.member.application.MemberView;
import org.filiere.watch.Digest;
import org.filiere.watch.WatchWeek;
import org.filiere.watch.application.DigestService;
import org.filiere.watch.application.TenderService;
import org.filiere.watch.application.WatchCommands.ComposeWeeklyDigests;
import org.filiere.watch.application.WatchCommands.EnterPrivateTender;
import org.filiere.watch.application.WatchCommands.SetWatchProfile;
import org.filiere.watch.application.WatchProfileService;

/**
 * The market watch: public tenders from a DECP file of Isère buyers (fictional records, company numbers valid by
 * INSEE's rules), private tenders entered by staff, watch profiles for the active members by trade, and the week's
 * digests composed.
 */
public class WatchTour implements TourStep {

    private static final String FEED = "tenders-isere.json";

    @Override
    public boolean isLoaded(DemoCluster cluster) {
        return cluster.get(TenderService.class).count() > 0;
    }

    @Override
    public void populate(DemoCluster cluster, DemoData data) {
        TenderFiles.importFile(cluster, FEED, feed(), null);
        TenderService tenders = cluster.get(TenderService.class);
        LocalDate today = cluster.today();
        ZoneId paris = ZoneId.of("Europe/Paris");
        tenders.enterPrivate(new EnterPrivateTender(cluster.actor(), "AO-" + today.getYear() + "-01",
                "Schneider Electric France", Optional.empty(), "Développement d'un jumeau numérique d'atelier",
                "Prestation de développement logiciel et de visualisation 3D pour une usine de Crolles.",
                List.of("72262000-9"), Optional.of("38920"), Optional.of(new BigDecimal("85000")),
                Optional.of(today.plusDays(12).atTime(12, 0).atZone(paris).toInstant()),
                Optional.of(URI.create("https://achats.example.org/ao-jumeau-numerique"))));
        tenders.enterPrivate(new EnterPrivateTender(cluster.actor(), "AO-" + today.getYear() + "-02",
                "Clinique des Alpes", Optional.empty(), "Hébergement de données de santé et infogérance",
                "Hébergement certifié HDS, supervision et maintenance du système d'information.",
                List.of("72510000-3"), Optional.of("38100"), Optional.empty(),
                Optional.of(today.plusDays(25).atTime(17, 0).atZone(paris).toInstant()), Optional.empty()));

        WatchProfileService profiles = cluster.get(WatchProfileService.class);
        List<MemberView> members = cluster.get(MemberDirectory.class)
                .find(MemberQuery.all().inYear(cluster.currentYear()).withStatus(MembershipStatus.ACTIVE));
        for (MemberView member : members.subList(0, Math.min(40, members.size()))) {
            String naf = member.activity().code().value();
            Trade trade = naf.startsWith("58") ? Trade.SOFTWARE : naf.startsWith("62.02") || naf.startsWith("63")
                    ? Trade.HOSTING : naf.startsWith("62") ? Trade.DEVELOPMENT : Trade.DIGITAL;
            profiles.setProfile(new SetWatchProfile(cluster.actor(), member.id(), trade.keywords, trade.phrases,
                    List.of("nettoyage"), trade.cpv, List.of(), List.of("Auvergne-Rhône-Alpes"), Optional.empty(),
                    Optional.empty(), List.of("veille@" + member.id().value() + ".example.org"), true));
        }
        cluster.get(DigestService.class).compose(new ComposeWeeklyDigests(cluster.actor(),
                WatchWeek.of(today)));
    }

    /** What members of a trade watch for. */
    private enum Trade {
        SOFTWARE(List.of("logiciel", "licence"), List.of("maintenance applicative"), List.of("48", "7226")),
        DEVELOPMENT(List.of("développement", "application"), List.of("site internet"), List.of("7226")),
        HOSTING(List.of("hébergement", "infogérance", "cybersécurité"), List.of(), List.of("725", "728")),
        DIGITAL(List.of("numérique", "données"), List.of("site internet"), List.of());

        final List<String> keywords;
        final List<String> phrases;
        final List<String> cpv;

        Trade(List<String> keywords, List<String> phrases, List<String> cpv) {
            this.keywords = keywords;
            this.phrases = phrases;
            this.cpv = cpv;
        }
    }

    private static byte[] feed() {
        try (InputStream in = WatchTour.class.getResourceAsStream(FEED)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The demo's tender feed " + FEED + " is missing", e);
        }
    }

    @Override
    public void report(DemoCluster cluster, PrintStream out) {
        WatchWeek week = WatchWeek.of(cluster.today());
        List<Digest> digests = cluster.get(DigestService.class).digestsOf(week);
        out.printf("Market watch: %d calls for tender received%n", cluster.get(TenderService.class).count());
        out.printf("  digests of %s: %d members, %d tenders in all, %d not sent yet%n", week,
                digests.stream().map(Digest::memberId).distinct().count(),
                digests.stream().mapToInt(d -> d.entries().size()).sum(),
                digests.stream().filter(d -> !d.isSent()).count());
    }
}
