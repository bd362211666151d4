package org.filiere.demo.integration;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.camel.ProducerTemplate;
import org.filiere.integration.camel.deadletter.DeadLetter;
import org.filiere.integration.camel.deadletter.DeadLetterService;
import org.filiere.integration.camel.health.IntegrationHealth;
import org.filiere.integration.training.CatalogueRoutes;
import org.filiere.integration.training.ImportReport;
import org.filiere.demo.DemoCluster;
import org.filiere.demo.DemoData;
import org.filiere.demo.TourStep;
import org.filiere.training.Course;
import org.filiere.training.SessionQuery;
import org.filiere.training.application.TrainingDirectory;

/**
 * The integrations' part of the tour: two training organisations' catalogues come in through the import route, one
 * in LHEO 2.3 and one in the CSV format, one record of each refused and kept in the dead letters.
 */
public class CatalogueTour implements TourStep {

    static final String LHEO_PROVIDER = "33770320100034";
    static final String CSV_PROVIDER = "34530016400018";

    @Override
    public boolean isLoaded(DemoCluster cluster) {
        return cluster.get(TrainingDirectory.class).courses().stream().anyMatch(CatalogueTour::imported);
    }

    private static boolean imported(Course course) {
        return course.externalReference().isPresent();
    }

    @Override
    public void populate(DemoCluster cluster, DemoData data) {
        int year = cluster.currentYear() + 1;
        Path folder;
        try {
            folder = Files.createTempDirectory("filiere-demo-catalogues");
            Path lheo = Files.writeString(folder.resolve("numerique-formation.xml"), lheo(year), StandardCharsets.UTF_8);
            Path csv = Files.writeString(folder.resolve("atelier-data.csv"), csv(year), StandardCharsets.UTF_8);
            ProducerTemplate template = cluster.get(ProducerTemplate.class);
            template.requestBody(CatalogueRoutes.IMPORT, lheo, ImportReport.class);
            template.requestBody(CatalogueRoutes.IMPORT, csv, ImportReport.class);
            Files.delete(lheo);
            Files.delete(csv);
            Files.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void report(DemoCluster cluster, PrintStream out) {
        TrainingDirectory directory = cluster.get(TrainingDirectory.class);
        List<Course> courses = directory.courses().stream().filter(CatalogueTour::imported).toList();
        long sessions = courses.stream().mapToLong(c -> directory.sessions(SessionQuery.all().ofCourse(c.id())).size())
                .sum();
        List<DeadLetter> letters = cluster.get(DeadLetterService.class).list(cluster.actor(), Optional.empty());
        out.println("Training organisations' catalogues");
        out.printf("  %d courses and %d sessions imported from %d organisations%n", courses.size(), sessions,
                courses.stream().map(c -> c.provider().name()).distinct().count());
        out.printf("  %d record(s) in the dead letters%n", letters.size());
        letters.forEach(l -> out.println("    " + l.reason()));
        cluster.get(IntegrationHealth.class).routes().forEach(r -> out.printf("  route %-36s %-8s %d dead letter(s)%n",
                r.routeId(), r.state(), r.deadLetters()));
    }

    static String lheo(int year) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<lheo xmlns=\"http://lheo.gouv.fr/2.3\"><offres>\n");
        String[][] courses = {
            {"NF-1", "Cybersécurité pour les PME", "31054", "21", "03"},
            {"NF-2", "Piloter un projet de données", "31025", "14", "05"},
            {"NF-3", "Développer une application mobile", "31054", "35", "09"},
        };
        for (String[] c : courses) {
            xml.append("<formation numero=\"F-").append(c[0]).append("\"><domaine-formation><code-FORMACODE ref=\"V12\" ")
                    .append("tag=\"principal\">").append(c[2]).append("</code-FORMACODE><code-NSF>326</code-NSF>")
                    .append("</domaine-formation><intitule-formation>").append(c[1]).append("</intitule-formation>")
                    .append("<objectif-formation>&lt;p&gt;").append(c[1]).append(" : les bases et la pratique.&lt;/p&gt;")
                    .append("</objectif-formation><action numero=\"").append(c[0]).append("\"><lieu-de-formation>")
                    .append("<coordonnees><ligne>Numérique Formation</ligne><adresse><ligne>4 place Robert Schuman")
                    .append("</ligne><codepostal>38000</codepostal><ville>Grenoble</ville></adresse></coordonnees>")
                    .append("</lieu-de-formation>");
            for (int s = 1; s <= 2; s++) {
                xml.append("<session numero=\"").append(c[0]).append("-S").append(s).append("\"><periode><debut>")
                        .append(year).append(c[4]).append(s == 1 ? "12" : "19").append("</debut><fin>")
                        .append(s == 1 ? "00000000" : year + c[4] + "20").append("</fin></periode></session>");
            }
            xml.append("<nombre-heures-total>").append(c[3]).append("</nombre-heures-total><prix-total-TTC>890")
                    .append("</prix-total-TTC></action><organisme-formation-responsable><SIRET-organisme-formation>")
                    .append("<SIRET>").append(LHEO_PROVIDER).append("</SIRET></SIRET-organisme-formation>")
                    .append("<raison-sociale>Numérique Formation</raison-sociale></organisme-formation-responsable>")
                    .append("</formation>\n");
        }
        xml.append("<formation numero=\"F-NF-4\"><intitule-formation>Formation sans date</intitule-formation>")
                .append("<action numero=\"NF-4\"><lieu-de-formation><coordonnees><adresse><ville>Grenoble</ville>")
                .append("</adresse></coordonnees></lieu-de-formation><session numero=\"NF-4-S1\"><periode><debut>")
                .append("00000000</debut><fin>00000000</fin></periode></session><nombre-heures-total>7")
                .append("</nombre-heures-total></action><organisme-formation-responsable><SIRET-organisme-formation>")
                .append("<SIRET>").append(LHEO_PROVIDER).append("</SIRET></SIRET-organisme-formation><raison-sociale>")
                .append("Numérique Formation</raison-sociale></organisme-formation-responsable></formation>\n");
        return xml.append("</offres></lheo>\n").toString();
    }

    static String csv(int year) {
        return "provider_siret;provider_name;course_id;title;objectives;hours;formacode;nsf;session_id;start;end;"
                + "venue;street;postcode;commune;seats;price_members;price_non_members\n"
                + CSV_PROVIDER + ";Atelier Data;AD-1;Tableaux de bord avec Python;Construire et partager des tableaux "
                + "de bord;14;31025;326;AD-1-S1;" + year + "-04-07 09:30;" + year + "-04-08 17:30;Atelier Data;"
                + "8 rue Lesdiguières;38000;Grenoble;10;450;600\n"
                + CSV_PROVIDER + ";Atelier Data;AD-2;SQL pour analystes;;14;310254;326;AD-2-S1;" + year + "-05-12;"
                + year + "-05-13;Atelier Data;8 rue Lesdiguières;38000;Grenoble;10;450;600\n";
    }
}
