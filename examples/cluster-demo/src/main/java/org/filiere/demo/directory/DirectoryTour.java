package org.filiere.demo.directory;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.eclipse.microprofile.config.ConfigProvider;
import org.filiere.demo.DemoCluster;
import org.filiere.demo.DemoData;
import org.filiere.demo.TourStep;
import org.filiere.directory.PartnerEvent;
import org.filiere.directory.PartnerListing;
import org.filiere.directory.PartnerQuery;
import org.filiere.directory.PartnerSource;
import org.filiere.directory.application.DirectoryCommands.ConsentToDirectory;
import org.filiere.directory.application.DirectoryService;
import org.filiere.directory.application.PartnerDirectoryService;
import org.filiere.integration.partners.DirectoryPublication;
import org.filiere.integration.partners.PartnerImport;
import org.filiere.integration.partners.PartnerRoutes;
import org.filiere.member.MemberQuery;
import org.filiere.member.MembershipStatus;
import org.filiere.member.application.MemberDirectory;
import org.filiere.member.application.MemberView;

/**
 * The directories: about a third of the active members consent to be listed in the public directory, which is
 * written out as schema.org JSON-LD and Popolo; a partner cluster's directory and agenda ("Pôle Sud Numérique", a
 * JSON-LD file and an iCalendar file) go in through the partners' Camel route, one bad record to the dead letters.
 */
public class DirectoryTour implements TourStep {

    /** The partner cluster of the demo. */
    public static final PartnerSource POLE_SUD = new PartnerSource("pole-sud");

    @Override
    public boolean isLoaded(DemoCluster cluster) {
        return !cluster.get(DirectoryService.class).listings().isEmpty();
    }

    @Override
    public void populate(DemoCluster cluster, DemoData data) {
        DirectoryService directory = cluster.get(DirectoryService.class);
        List<MemberView> active = cluster.get(MemberDirectory.class)
                .find(MemberQuery.all().inYear(cluster.currentYear()).withStatus(MembershipStatus.ACTIVE));
        for (int i = 0; i < active.size(); i += 3) {
            MemberView member = active.get(i);
            directory.consent(new ConsentToDirectory(cluster.actor(), member.id(), offer(member)));
        }
        importPartnerFile(cluster, POLE_SUD, "pole-sud-annuaire.jsonld", DemoResources.bytes("directory/pole-sud-annuaire.jsonld"));
        importPartnerFile(cluster, POLE_SUD, "pole-sud-agenda.ics", DemoResources.bytes("directory/pole-sud-agenda.ics"));
        publish(cluster);
    }

    private static String offer(MemberView member) {
        String naf = member.activity().code().value();
        String what = naf.startsWith("58") ? "édition de logiciels métier, licences et maintenance applicative"
                : naf.startsWith("62.02") ? "conseil en systèmes d'information et cybersécurité"
                : naf.startsWith("63") ? "hébergement de données et infogérance"
                : naf.startsWith("62") ? "développement d'applications sur mesure, web et mobile"
                : "services numériques aux entreprises";
        return member.activity().label() + " : " + what;
    }

    /** Hands a partner's file to the partners' route, as a dropped file would be. */
    public static void importPartnerFile(DemoCluster cluster, PartnerSource source, String name, byte[] bytes) {
        Exchange result = cluster.get(ProducerTemplate.class).send(PartnerRoutes.FILE, exchange -> {
            exchange.getIn().setHeader(PartnerImport.SOURCE, source.key());
            exchange.getIn().setHeader(Exchange.FILE_NAME, name);
            exchange.getIn().setBody(bytes);
        });
        if (result.getException() != null) {
            throw new IllegalStateException("The partner file " + name + " could not be read: "
                    + result.getException().getMessage(), result.getException());
        }
    }

    /** Writes the directory's files into the demo's folder. */
    public static List<Path> publish(DemoCluster cluster) {
        try {
            return cluster.get(DirectoryPublication.class).writeFiles(folder());
        } catch (IOException e) {
            throw new UncheckedIOException("The directory could not be written to " + folder(), e);
        }
    }

    /** Where the demo writes its directory: beside its database. */
    public static Path folder() {
        return Path.of(ConfigProvider.getConfig().getValue("filiere.db.directory", String.class)).resolve("directory");
    }

    @Override
    public void report(DemoCluster cluster, PrintStream out) {
        int listed = cluster.get(DirectoryService.class).listings().size();
        long active = cluster.get(MemberDirectory.class)
                .find(MemberQuery.all().inYear(cluster.currentYear()).withStatus(MembershipStatus.ACTIVE)).size();
        PartnerDirectoryService partners = cluster.get(PartnerDirectoryService.class);
        List<PartnerListing> all = partners.search(new PartnerQuery("", Optional.empty(), Optional.empty(), 10_000))
                .stream().filter(l -> l.source().equals(POLE_SUD)).toList();
        out.printf("Directory: %d of %d active members listed with their consent, published as schema.org JSON-LD "
                + "and Popolo in %s%n", listed, active, folder());
        out.printf("  partner data from %s: %d organisations, %d events in all%n", POLE_SUD,
                all.size(), partners.count(POLE_SUD) - all.size());
        List<PartnerListing> maintenance = partners.search(PartnerQuery.words("maintenance industrielle"));
        out.printf("  partners offering \"maintenance industrielle\": %s%n", String.join(", ",
                maintenance.stream().map(l -> l.details().name() + " (" + l.details().address().locality() + ")")
                        .toList()));
        List<PartnerEvent> upcoming = partners.upcomingEvents();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd");
        out.printf("  next partner event: %s%n", upcoming.isEmpty() ? "none"
                : upcoming.get(0).details().start().atZone(ZoneId.of("Europe/Paris")).format(day) + " "
                        + upcoming.get(0).details().title());
    }
}
