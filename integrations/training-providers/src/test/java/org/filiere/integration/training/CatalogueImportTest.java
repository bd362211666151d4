package org.filiere.integration.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.integration.training.Catalogues.deadLetters;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.apache.camel.ProducerTemplate;
import org.filiere.integration.camel.deadletter.DeadLetter;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.training.Course;
import org.filiere.training.SessionQuery;
import org.filiere.training.SessionStatus;
import org.filiere.training.application.SessionView;
import org.filiere.training.application.TrainingDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Catalogues go through the import route into the training catalogue: good records in, bad ones to dead letters. */
class CatalogueImportTest {

    @TempDir
    Path folder;

    static java.util.stream.Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    private static ImportReport importFile(FiliereContainer filiere, Path file) {
        return filiere.get(ProducerTemplate.class).requestBody(org.filiere.integration.training.CatalogueRoutes.IMPORT, file,
                ImportReport.class);
    }

    private static List<SessionView> sessionsOf(FiliereContainer filiere, Course course) {
        return filiere.get(TrainingDirectory.class).sessions(SessionQuery.all().ofCourse(course.id()));
    }

    private static Course course(FiliereContainer filiere, String title) {
        return filiere.get(TrainingDirectory.class).courses().stream().filter(c -> c.title().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no course " + title));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldImportAnLheo22CatalogueAndSendItsBadRecordToTheDeadLetters(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            ImportReport report = importFile(filiere, Catalogues.copy("acme-lheo22.xml", folder));

            assertThat(report.format()).isEqualTo("LHEO 2.2");
            assertThat(report.coursesRead()).isEqualTo(2);
            assertThat(report.coursesImported()).isEqualTo(1);
            assertThat(report.sessionsCreated()).isEqualTo(2);
            assertThat(report.deadLetters()).isEqualTo(1);
            Course web = course(filiere, "Sécurité des applications web");
            assertThat(web.provider().name()).isEqualTo("Acme Formation");
            assertThat(web.provider().siret().orElseThrow().value()).isEqualTo("30206838200050");
            assertThat(web.hours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("14"));
            assertThat(web.externalReference().orElseThrow().id()).isEqualTo("A-100");
            List<SessionView> sessions = sessionsOf(filiere, web);
            assertThat(sessions).hasSize(2).allSatisfy(s -> {
                assertThat(s.status()).isEqualTo(SessionStatus.OPEN);
                assertThat(s.capacity()).isEqualTo(12);
                assertThat(s.plan().venue().name()).isEqualTo("Maison de l'Innovation");
                assertThat(s.plan().prices().nonMembers()).isEqualByComparingTo(new BigDecimal("1200"));
            });
            assertThat(sessions).extracting(s -> s.plan().schedule().start()).containsExactlyInAnyOrder(
                    LocalDateTime.of(2030, 9, 14, 9, 0), LocalDateTime.of(2030, 10, 12, 9, 0));
            assertThat(sessions).extracting(s -> s.plan().schedule().end()).as("an end of 00000000 ends the first day")
                    .contains(LocalDateTime.of(2030, 10, 12, 17, 0));
            assertThat(deadLetters(filiere)).singleElement().satisfies(letter -> {
                assertThat(letter.routeId()).isEqualTo(CatalogueImport.COURSE_ROUTE);
                assertThat(letter.reason()).startsWith("Course formation F-200, action A-200: SIRET \"3020683820\" "
                        + "of the responsible organisation is not valid");
                assertThat(letter.item()).contains("Formation au SIRET trop court");
            });
        }
    }

    @Test
    void shouldImportAnLheo23Catalogue() {
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby())) {
            ImportReport report = importFile(filiere, Catalogues.copy("acme-lheo23.xml", folder));

            assertThat(report.format()).isEqualTo("LHEO 2.3");
            Course agile = course(filiere, "Conduite de projet agile");
            assertThat(agile.hours()).hasValueSatisfying(h -> assertThat(h).isEqualByComparingTo("21"));
            assertThat(agile.provider().name()).isEqualTo("Agile Alpes");
            assertThat(sessionsOf(filiere, agile)).singleElement().satisfies(s -> {
                assertThat(s.plan().schedule().start()).isEqualTo(LocalDateTime.of(2030, 11, 16, 9, 0));
                assertThat(s.plan().schedule().end()).isEqualTo(LocalDateTime.of(2030, 11, 18, 17, 0));
                assertThat(s.plan().venue().name()).isEqualTo("Campus Numérique");
            });
            assertThat(deadLetters(filiere)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldImportTheSameCatalogueAgainWithoutDuplicates(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            Path file = Catalogues.copy("acme-lheo22.xml", folder);
            importFile(filiere, file);

            ImportReport again = importFile(filiere, file);

            assertThat(again.coursesImported()).isZero();
            assertThat(again.coursesUnchanged()).isEqualTo(1);
            assertThat(again.sessionsCreated()).isZero();
            assertThat(filiere.get(TrainingDirectory.class).courses()).hasSize(1);
            assertThat(sessionsOf(filiere, course(filiere, "Sécurité des applications web"))).hasSize(2);
            assertThat(deadLetters(filiere)).singleElement()
                    .satisfies(letter -> assertThat(letter.attempts()).isEqualTo(2));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldUpdateWhatChangedAndCloseASessionNoLongerListed(TestDatabase database) {
        String header = "provider_siret;provider_name;course_id;title;hours;session_id;start;end;venue;commune;seats\n";
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            importFile(filiere, Catalogues.write(folder, "v1.csv", header
                    + "32228438100017;Atelier Data;C-1;Données;21;S1;2030-09-21;2030-09-23;Atelier;Grenoble;10\n"
                    + "32228438100017;Atelier Data;C-1;Données;21;S2;2030-10-12;2030-10-14;Atelier;Grenoble;10\n"));

            ImportReport v2 = importFile(filiere, Catalogues.write(folder, "v2.csv", header
                    + "32228438100017;Atelier Data;C-1;Données;21;S1;2030-09-21;2030-09-23;Atelier;Grenoble;16\n"));

            assertThat(v2.sessionsRevised()).isEqualTo(1);
            assertThat(v2.sessionsClosed()).isEqualTo(1);
            List<SessionView> sessions = sessionsOf(filiere, course(filiere, "Données"));
            assertThat(sessions).hasSize(2);
            assertThat(sessions).filteredOn(s -> s.externalReference().orElseThrow().id().equals("S1")).singleElement()
                    .satisfies(s -> assertThat(s.capacity()).isEqualTo(16));
            assertThat(sessions).filteredOn(s -> s.externalReference().orElseThrow().id().equals("S2")).singleElement()
                    .satisfies(s -> assertThat(s.status()).isEqualTo(SessionStatus.CLOSED));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldKeepTheRestOfAChunkWhenANewCourseClaimsASessionOfAnotherCourse(TestDatabase database) {
        String header = "provider_siret;provider_name;course_id;title;hours;session_id;start;end;venue;commune\n";
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            importFile(filiere, Catalogues.write(folder, "v1.csv", header
                    + "32228438100017;Atelier Data;C-1;Données;21;S1;2030-09-21;2030-09-23;Atelier;Grenoble\n"));

            ImportReport v2 = importFile(filiere, Catalogues.write(folder, "v2.csv", header
                    + "32228438100017;Atelier Data;C-2;Statistiques;14;S2;2030-10-05;2030-10-06;Atelier;Grenoble\n"
                    + "32228438100017;Atelier Data;C-9;Doublon;7;S1;2030-11-02;2030-11-02;Atelier;Grenoble\n"
                    + "32228438100017;Atelier Data;C-3;Visualisation;7;S3;2030-12-01;2030-12-01;Atelier;Grenoble\n"));

            assertThat(v2.coursesImported()).isEqualTo(2);
            assertThat(v2.deadLetters()).isEqualTo(1);
            assertThat(filiere.get(TrainingDirectory.class).courses()).extracting(Course::title)
                    .containsExactlyInAnyOrder("Données", "Statistiques", "Visualisation");
            assertThat(deadLetters(filiere)).singleElement().satisfies(l -> assertThat(l.reason())
                    .startsWith("Course C-9 (line 3): Session 32228438100017/S1 in the catalogue: course was imported "
                            + "under another course"));
        }
    }

    @Test
    void shouldImportTheCsvCatalogueAndSendARowWithoutTitleToTheDeadLetters() {
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby())) {
            ImportReport report = importFile(filiere, Catalogues.copy("small-provider.csv", folder));

            assertThat(report.format()).isEqualTo("CSV");
            Course data = course(filiere, "Introduction à la science des données");
            assertThat(sessionsOf(filiere, data)).hasSize(2).anySatisfy(s -> {
                assertThat(s.plan().registrationDeadline()).isEqualTo("2030-09-14");
                assertThat(s.plan().prices().members()).isEqualByComparingTo("900");
            });
            assertThat(deadLetters(filiere)).singleElement().satisfies(letter -> assertThat(letter.reason())
                    .isEqualTo("Course C-2 (line 4): title is missing."));
        }
    }

    @Test
    void shouldSendImpossibleAndUnknownDatesToTheDeadLetters() {
        String xml = "<?xml version=\"1.0\"?><lheo xmlns=\"http://lheo.gouv.fr/2.3\"><offres>"
                + formation("F1", "A1", "20301341", "20301342")
                + formation("F2", "A2", "00000000", "00000000")
                + formation("F3", "A3", "20300301", "20300302")
                + "</offres></lheo>";
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby())) {
            ImportReport report = importFile(filiere, Catalogues.write(folder, "dates.xml", xml));

            assertThat(report.coursesImported()).isEqualTo(1);
            assertThat(deadLetters(filiere)).extracting(DeadLetter::reason).containsExactlyInAnyOrder(
                    "Course formation F1, action A1, session S-A1: start date \"20301341\" is not a date that exists "
                            + "(expected 20261014, 2026-10-14 or 14/10/2026).",
                    "Course formation F2, action A2, session S-A2: start date is unknown (00000000).");
        }
    }

    @Test
    void shouldOfferADeadLetteredCourseForRetryThroughItsRoute() {
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby())) {
            importFile(filiere, Catalogues.copy("acme-lheo22.xml", folder));
            DeadLetter letter = deadLetters(filiere).get(0);

            assertThat(letter.retryEndpoint()).hasValue(CatalogueImport.COURSE_ENDPOINT);
            var outcome = filiere.get(org.filiere.integration.camel.deadletter.DeadLetterService.class)
                    .retry(Catalogues.STAFF, letter.id());
            assertThat(outcome.succeeded()).isFalse();
            assertThat(outcome.reason().orElseThrow()).contains("SIRET \"3020683820\"");
            assertThat(deadLetters(filiere)).singleElement().satisfies(l -> assertThat(l.attempts()).isEqualTo(2));
        }
    }

    static String formation(String formation, String action, String start, String end) {
        return "<formation numero=\"" + formation + "\"><intitule-formation>Cours " + formation
                + "</intitule-formation><action numero=\"" + action + "\"><lieu-de-formation><coordonnees><ligne>Salle"
                + "</ligne><adresse><codepostal>38000</codepostal><ville>Grenoble</ville></adresse></coordonnees>"
                + "</lieu-de-formation><session numero=\"S-" + action + "\"><periode><debut>" + start + "</debut><fin>"
                + end + "</fin></periode></session><nombre-heures-total>7</nombre-heures-total></action>"
                + "<organisme-formation-responsable><SIRET-organisme-formation><SIRET>31719324100013</SIRET>"
                + "</SIRET-organisme-formation><raison-sociale>Agile Alpes</raison-sociale>"
                + "</organisme-formation-responsable></formation>";
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
