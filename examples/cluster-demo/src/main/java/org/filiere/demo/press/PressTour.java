package org.filiere.demo.press;

import java.io.PrintStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.filiere.demo.DemoCluster;
import org.filiere.demo.DemoData;
import org.filiere.demo.TourStep;
import org.filiere.press.DistributionListId;
import org.filiere.press.JournalistId;
import org.filiere.press.MediaKind;
import org.filiere.press.MediaOutletId;
import org.filiere.press.PressRelease;
import org.filiere.press.PressReleaseId;
import org.filiere.press.ReleaseDelivery;
import org.filiere.press.Tone;
import org.filiere.press.application.CoverageService;
import org.filiere.press.application.MediaService;
import org.filiere.press.application.PressCommands.AddJournalist;
import org.filiere.press.application.PressCommands.AddOutlet;
import org.filiere.press.application.PressCommands.DraftRelease;
import org.filiere.press.application.PressCommands.LogCoverage;
import org.filiere.press.application.PressCommands.ScheduleRelease;
import org.filiere.press.application.PressFigures;
import org.filiere.press.application.PressReleaseService;

/**
 * Press relations: the regional and trade press, two distribution lists, a press release published (its deliveries
 * waiting for a mail server, {@code press send --smtp ...}) and one under embargo, and a year of press coverage.
 */
public class PressTour implements TourStep {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Override
    public boolean isLoaded(DemoCluster cluster) {
        return !cluster.get(MediaService.class).outlets().isEmpty();
    }

    @Override
    public void populate(DemoCluster cluster, DemoData data) {
        MediaService media = cluster.get(MediaService.class);
        MediaOutletId dauphine = outlet(cluster, "Le Dauphiné libéré", MediaKind.DAILY_PRESS, "https://www.ledauphine.com");
        MediaOutletId usine = outlet(cluster, "L'Usine Nouvelle", MediaKind.TRADE_PRESS, "https://www.usinenouvelle.com");
        MediaOutletId bleu = outlet(cluster, "France Bleu Isère", MediaKind.RADIO, null);
        MediaOutletId grenet = outlet(cluster, "Place Gre'net", MediaKind.ONLINE, "https://www.placegrenet.fr");
        MediaOutletId affiches = outlet(cluster, "Les Affiches de Grenoble et du Dauphiné", MediaKind.MAGAZINE, null);
        MediaOutletId france3 = outlet(cluster, "France 3 Alpes", MediaKind.TELEVISION, null);
        DistributionListId regional = media.createList(cluster.actor(), "Presse régionale");
        DistributionListId trade = media.createList(cluster.actor(), "Presse économique et numérique");
        String[][] journalists = {
            {"Anne Roux", "économie régionale", "r"}, {"Bruno Girard", "entreprises", "r"},
            {"Chloé Lambert", "industrie et numérique", "t"}, {"David Mercier", "start-up", "t"},
            {"Élise Fontaine", "matinale", "r"}, {"Fabien Roche", "innovation", "rt"},
            {"Gaëlle Bonnet", "économie", "rt"}, {"Hugo Masson", "régions", "r"}, {"Inès Faure", "sciences", "t"}};
        MediaOutletId[] outlets = {dauphine, dauphine, usine, usine, bleu, grenet, affiches, france3, grenet};
        for (int i = 0; i < journalists.length; i++) {
            String[] j = journalists[i];
            String email = j[0].toLowerCase(Locale.ROOT).replace(' ', '.').replaceAll("[éè]", "e").replace('ë', 'e')
                    .replace('ï', 'i').replace('ç', 'c') + "@presse.example.org";
            JournalistId id = media.addJournalist(new AddJournalist(cluster.actor(), outlets[i], j[0], email,
                    "04 76 00 00 " + (10 + i), j[1]));
            if (j[2].contains("r")) {
                media.addToList(cluster.actor(), regional, id);
            }
            if (j[2].contains("t")) {
                media.addToList(cluster.actor(), trade, id);
            }
        }
        PressReleaseService releases = cluster.get(PressReleaseService.class);
        LocalDate today = cluster.today();
        PressReleaseId launched = releases.draft(new DraftRelease(cluster.actor(),
                "Numérique Isère lance son programme d'accélération pour les éditeurs de logiciels",
                "Grenoble, le " + today.minusDays(7).format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                        Locale.FRANCE)) + ".\n\nLe cluster ouvre un programme de six mois pour dix éditeurs "
                        + "de logiciels de l'Isère : accompagnement commercial, rencontres avec des industriels et "
                        + "missions d'affaires avec le Pôle Sud Numérique.", trade));
        releases.schedule(new ScheduleRelease(cluster.actor(), launched,
                Optional.of(today.minusDays(7).atTime(10, 0).atZone(PARIS).toInstant())));
        releases.publishIfDue(launched);
        PressReleaseId report = releases.draft(new DraftRelease(cluster.actor(),
                "Bilan de l'année : le numérique isérois en chiffres",
                "Grenoble.\n\nLe cluster présente son rapport d'activité : adhérents, projets labellisés, formations "
                        + "et rendez-vous d'affaires de l'année.", regional));
        releases.schedule(new ScheduleRelease(cluster.actor(), report,
                Optional.of(today.plusDays(5).atTime(8, 0).atZone(PARIS).toInstant())));
        logCoverage(cluster, today, launched, dauphine, usine, bleu, grenet, affiches, france3);
    }

    private static MediaOutletId outlet(DemoCluster cluster, String name, MediaKind kind, String website) {
        return cluster.get(MediaService.class).addOutlet(new AddOutlet(cluster.actor(), name, kind,
                Optional.ofNullable(website).map(URI::create)));
    }

    private static void logCoverage(DemoCluster cluster, LocalDate today, PressReleaseId launched,
            MediaOutletId dauphine, MediaOutletId usine, MediaOutletId bleu, MediaOutletId grenet,
            MediaOutletId affiches, MediaOutletId france3) {
        record Article(MediaOutletId outlet, int daysAgo, String headline, long reach, Tone tone, boolean release) {
        }
        List<Article> articles = List.of(
                new Article(dauphine, 6, "Un accélérateur pour les éditeurs de logiciels isérois", 180_000, Tone.POSITIVE, true),
                new Article(usine, 5, "Grenoble : le cluster numérique mise sur ses éditeurs", 95_000, Tone.POSITIVE, true),
                new Article(grenet, 6, "Numérique Isère ouvre son programme d'accélération", 40_000, Tone.POSITIVE, true),
                new Article(bleu, 40, "Les entreprises du numérique recrutent en Isère", 120_000, Tone.POSITIVE, false),
                new Article(dauphine, 75, "Formation : le cluster numérique forme les PME à la cybersécurité", 150_000, Tone.NEUTRAL, false),
                new Article(affiches, 110, "Charte de bonnes pratiques : 80 % des adhérents signataires", 25_000, Tone.POSITIVE, false),
                new Article(france3, 150, "Tic Exchange : 300 rendez-vous d'affaires en une journée", 210_000, Tone.POSITIVE, false),
                new Article(grenet, 200, "Le salon numérique de l'automne en demi-teinte", 35_000, Tone.NEGATIVE, false),
                new Article(dauphine, 260, "Des projets collaboratifs labellisés par le comité", 140_000, Tone.NEUTRAL, false));
        CoverageService coverage = cluster.get(CoverageService.class);
        for (Article a : articles) {
            LocalDate day = today.minusDays(a.daysAgo());
            if (day.getYear() != today.getYear()) {
                day = today.withDayOfYear(1).plusDays(a.daysAgo() % 20);
            }
            coverage.log(new LogCoverage(cluster.actor(), a.outlet(), day, a.headline(), Optional.empty(), a.reach(),
                    a.tone(), a.release() ? Optional.of(launched) : Optional.empty()));
        }
    }

    @Override
    public void report(DemoCluster cluster, PrintStream out) {
        MediaService media = cluster.get(MediaService.class);
        PressReleaseService releases = cluster.get(PressReleaseService.class);
        List<PressRelease> all = releases.releases();
        long published = all.stream().filter(r -> r.status() == PressRelease.Status.PUBLISHED).count();
        long waiting = all.stream().filter(r -> r.status() == PressRelease.Status.PUBLISHED)
                .flatMap(r -> releases.deliveries(r.id()).stream())
                .filter(d -> d.status() == ReleaseDelivery.Status.PENDING).count();
        out.printf("Press: %d outlets, %d distribution lists; %d release(s) published (%d deliveries waiting for the mail "
                + "server), %d under embargo%n", media.outlets().size(), media.lists().size(), published, waiting,
                all.stream().filter(r -> r.status() == PressRelease.Status.SCHEDULED).count());
        PressFigures figures = cluster.get(CoverageService.class).figures(cluster.currentYear());
        out.printf("  coverage in %d: %d articles and programmes, reach %,d (positive %d, neutral %d, negative %d)%n",
                figures.year(), figures.coverage(), figures.reach(), figures.byTone().get(Tone.POSITIVE),
                figures.byTone().get(Tone.NEUTRAL), figures.byTone().get(Tone.NEGATIVE));
        figures.byOutlet().entrySet().stream().limit(3).forEach(e -> out.printf("  %-45s %d%n", e.getKey(),
                e.getValue()));
    }
}
