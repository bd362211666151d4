package org.filiere.integration.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.filiere.integration.training.Catalogues.STAFF;
import static org.filiere.integration.training.Catalogues.deadLetters;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.ProducerTemplate;
import org.filiere.integration.training.catalogue.CatalogueRefusedException;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.training.Course;
import org.filiere.training.Participant;
import org.filiere.training.RegistrationStatus;
import org.filiere.training.SessionId;
import org.filiere.training.SessionQuery;
import org.filiere.training.SessionStatus;
import org.filiere.training.application.RegistrationService;
import org.filiere.training.application.RegistrationView;
import org.filiere.training.application.SessionView;
import org.filiere.training.application.TrainingCommands.Register;
import org.filiere.training.application.TrainingDirectory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A catalogue read whole is what its organisation offers: the sessions of a course it no longer lists are closed,
 * their registrations kept. Importing the same file again changes nothing; a damaged file closes nothing.
 */
class WithdrawnCoursesImportTest {

    private static final String AGILE_ALPES = "31719324100013";
    private static final String ATELIER_DATA = "32228438100017";
    private static final String CSV_HEADER =
            "provider_siret;provider_name;course_id;title;hours;session_id;start;end;venue;commune;seats\n";

    @TempDir
    Path folder;

    static Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldCloseTheSessionsOfACourseAnLheoCatalogueNoLongerListsAndKeepTheirRegistrations(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            importFile(filiere, lheo("v1.xml", formation(AGILE_ALPES, "A1", "20300916"),
                    formation(AGILE_ALPES, "A2", "20301014"), formation(ATELIER_DATA, "B1", "20301118")));
            SessionId registeredOn = onlySessionOf(filiere, "Cours A2").id();
            register(filiere, registeredOn);

            Path v2 = lheo("v2.xml", formation(AGILE_ALPES, "A1", "20300916"));
            ImportReport report = importFile(filiere, v2);

            assertThat(report.coursesWithdrawn()).isEqualTo(1);
            assertThat(report.sessionsClosed()).isEqualTo(1);
            assertThat(onlySessionOf(filiere, "Cours A2").status()).isEqualTo(SessionStatus.CLOSED);
            assertThat(registrations(filiere, registeredOn)).singleElement().satisfies(r -> {
                assertThat(r.participant().name()).isEqualTo("Léa Girard");
                assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED);
            });
            assertThat(onlySessionOf(filiere, "Cours A1").status()).isEqualTo(SessionStatus.OPEN);
            assertThat(onlySessionOf(filiere, "Cours B1").status()).as("another organisation's course")
                    .isEqualTo(SessionStatus.OPEN);
            assertThat(filiere.get(TrainingDirectory.class).courses()).hasSize(3);

            assertSameCatalogueAgainChangesNothing(filiere, v2, registeredOn);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldCloseTheSessionsOfACourseACsvCatalogueNoLongerListsAndKeepTheirRegistrations(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            importFile(filiere, csv("v1.csv", row("C-1", "S1", "2030-09-21"), row("C-2", "S2", "2030-10-12"),
                    row("C-2", "S3", "2030-11-09")));
            SessionId registeredOn = sessionsOf(filiere, "Cours C-2").get(0).id();
            register(filiere, registeredOn);

            Path v2 = csv("v2.csv", row("C-1", "S1", "2030-09-21"));
            ImportReport report = importFile(filiere, v2);

            assertThat(report.coursesWithdrawn()).isEqualTo(1);
            assertThat(report.sessionsClosed()).isEqualTo(2);
            assertThat(sessionsOf(filiere, "Cours C-2")).hasSize(2)
                    .allSatisfy(s -> assertThat(s.status()).isEqualTo(SessionStatus.CLOSED));
            assertThat(registrations(filiere, registeredOn)).singleElement()
                    .satisfies(r -> assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED));
            assertThat(onlySessionOf(filiere, "Cours C-1").status()).isEqualTo(SessionStatus.OPEN);

            assertSameCatalogueAgainChangesNothing(filiere, v2, registeredOn);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldCloseNothingWhenTheCatalogueIsDamagedPartWay(TestDatabase database) {
        Map<String, String> aCoursePerChunk = Map.of("filiere.integration.training-providers.chunk-sessions", "1");
        try (FiliereContainer filiere = FiliereContainer.start(database, aCoursePerChunk)) {
            importFile(filiere, lheo("v1.xml", formation(AGILE_ALPES, "A1", "20300916"),
                    formation(AGILE_ALPES, "A2", "20301014")));
            importFile(filiere, csv("v1.csv", row("C-1", "S1", "2030-09-21"), row("C-2", "S2", "2030-10-12")));
            List<SessionView> before = allSessions(filiere);
            assertThat(before).extracting(SessionView::status).containsOnly(SessionStatus.OPEN);

            Path truncated = Catalogues.write(folder, "truncated.xml", "<?xml version=\"1.0\"?>"
                    + "<lheo xmlns=\"http://lheo.gouv.fr/2.3\"><offres>" + formation(AGILE_ALPES, "A1", "20300916")
                    + formation(AGILE_ALPES, "A4", "20301130")
                    + "<formation numero=\"F-A3\"><intitule-formation>Cours A3</intitule-formation><action nu");
            Path damaged = Catalogues.write(folder, "damaged.csv", CSV_HEADER + row("C-1", "S1", "2030-09-21")
                    + row("C-4", "S4", "2030-11-30")
                    + ATELIER_DATA + ";Atelier Data;C-3;\"Cours C-3;7;S9;2030-12-01;2030-12-01;Atelier;Grenoble;10\n");

            ProducerTemplate template = filiere.get(ProducerTemplate.class);
            assertThat(template.requestBody(CatalogueRoutes.IMPORT, truncated)).isNotInstanceOf(ImportReport.class);
            assertThat(template.requestBody(CatalogueRoutes.IMPORT, damaged)).isNotInstanceOf(ImportReport.class);

            assertThat(deadLetters(filiere)).extracting(l -> l.itemKey().orElseThrow(), l -> l.failureType())
                    .containsExactlyInAnyOrder(tuple("truncated.xml", CatalogueRefusedException.class.getName()),
                            tuple("damaged.csv", CatalogueRefusedException.class.getName()));
            assertThat(allSessions(filiere)).as("nothing closed, though A-1 and C-1 were read before the damage")
                    .isEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldCloseNothingOfAnOrganisationTheCatalogueNamesWithACourseWithoutId(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            importFile(filiere, csv("v1.csv", row("C-1", "S1", "2030-09-21"), row("C-2", "S2", "2030-10-12")));

            ImportReport report = importFile(filiere, csv("v2.csv", row("C-1", "S1", "2030-09-21"),
                    row("", "S2", "2030-10-12")));

            assertThat(report.deadLetters()).isEqualTo(1);
            assertThat(report.sessionsClosed()).isZero();
            assertThat(onlySessionOf(filiere, "Cours C-2").status()).isEqualTo(SessionStatus.OPEN);
        }
    }

    private void assertSameCatalogueAgainChangesNothing(FiliereContainer filiere, Path catalogue,
            SessionId registeredOn) {
        List<SessionView> before = allSessions(filiere);
        List<RegistrationView> registrationsBefore = registrations(filiere, registeredOn);

        ImportReport again = importFile(filiere, catalogue);

        assertThat(again.coursesImported()).isZero();
        assertThat(again.coursesWithdrawn()).isZero();
        assertThat(again.sessionsClosed()).isZero();
        assertThat(allSessions(filiere)).as("every session, versions included").isEqualTo(before);
        assertThat(registrations(filiere, registeredOn)).isEqualTo(registrationsBefore);
    }

    private static ImportReport importFile(FiliereContainer filiere, Path file) {
        return filiere.get(ProducerTemplate.class).requestBody(CatalogueRoutes.IMPORT, file, ImportReport.class);
    }

    private static void register(FiliereContainer filiere, SessionId session) {
        filiere.get(RegistrationService.class).register(new Register(STAFF, session,
                Participant.outsider("Léa Girard", "lea.girard@example.fr", "Alpes Logiciels")));
    }

    private static List<RegistrationView> registrations(FiliereContainer filiere, SessionId session) {
        return filiere.get(TrainingDirectory.class).registrations(STAFF, session);
    }

    private static List<SessionView> allSessions(FiliereContainer filiere) {
        return filiere.get(TrainingDirectory.class).sessions(SessionQuery.all());
    }

    private static List<SessionView> sessionsOf(FiliereContainer filiere, String title) {
        Course course = filiere.get(TrainingDirectory.class).courses().stream().filter(c -> c.title().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no course " + title));
        return filiere.get(TrainingDirectory.class).sessions(SessionQuery.all().ofCourse(course.id()));
    }

    private static SessionView onlySessionOf(FiliereContainer filiere, String title) {
        List<SessionView> sessions = sessionsOf(filiere, title);
        assertThat(sessions).as("sessions of " + title).hasSize(1);
        return sessions.get(0);
    }

    private Path lheo(String name, String... formations) {
        return Catalogues.write(folder, name, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<lheo xmlns=\"http://lheo.gouv.fr/2.3\"><offres>" + String.join("", formations)
                + "</offres></lheo>");
    }

    /** A formation of one action with one session of one day; the action's id is the course's. */
    private static String formation(String siret, String action, String day) {
        return "<formation numero=\"F-" + action + "\"><intitule-formation>Cours " + action
                + "</intitule-formation><action numero=\"" + action + "\"><lieu-de-formation><coordonnees><ligne>"
                + "Salle</ligne><adresse><codepostal>38000</codepostal><ville>Grenoble</ville></adresse>"
                + "</coordonnees></lieu-de-formation><session numero=\"S-" + action + "\"><periode><debut>" + day
                + "</debut><fin>" + day + "</fin></periode></session><nombre-heures-total>7</nombre-heures-total>"
                + "</action><organisme-formation-responsable><SIRET-organisme-formation><SIRET>" + siret
                + "</SIRET></SIRET-organisme-formation><raison-sociale>Organisme " + siret + "</raison-sociale>"
                + "</organisme-formation-responsable></formation>";
    }

    private Path csv(String name, String... rows) {
        return Catalogues.write(folder, name, CSV_HEADER + String.join("", rows));
    }

    private static String row(String course, String session, String day) {
        return ATELIER_DATA + ";Atelier Data;" + course + ";Cours " + course + ";7;" + session + ";" + day + ";" + day
                + ";Atelier;Grenoble;10\n";
    }
}
