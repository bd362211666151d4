package org.filiere.integration.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.camel.ProducerTemplate;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.training.Course;
import org.filiere.training.SessionQuery;
import org.filiere.training.application.SessionView;
import org.filiere.training.application.TrainingDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fields LHEO makes optional may be left out: the record is imported all the same, the field empty or taken from
 * elsewhere in the file, and the report says what each record left out.
 */
class OptionalFieldsImportTest {

    @TempDir
    Path folder;

    static java.util.stream.Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    private static ImportReport importFile(FiliereContainer filiere, Path file) {
        return filiere.get(ProducerTemplate.class).requestBody(CatalogueRoutes.IMPORT, file, ImportReport.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldImportARealExportThatGivesNoHoursAndSayWhatItLeftOut(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            ImportReport report = importFile(filiere, Catalogues.copy("onisep-bts-lheo22.xml", folder));

            assertThat(report.coursesImported()).isEqualTo(1);
            assertThat(report.sessionsCreated()).isEqualTo(1);
            assertThat(report.deadLetters()).isZero();
            assertThat(Catalogues.deadLetters(filiere)).isEmpty();
            Course bts = filiere.get(TrainingDirectory.class).courses().get(0);
            assertThat(bts.title()).isEqualTo("BTS négociation et relation client");
            assertThat(bts.hours()).isEmpty();
            assertThat(sessions(filiere)).singleElement().satisfies(s -> {
                assertThat(s.hours()).isEmpty();
                assertThat(s.plan().venue().commune()).isEqualTo("QUIMPERLÉ");
            });
            assertThat(report.coursesWithGaps()).isEqualTo(1);
            assertThat(report.gaps()).singleElement().satisfies(gaps -> {
                assertThat(gaps.record()).startsWith("Course formation ");
                assertThat(gaps.fields()).contains("duration in hours");
            });
            assertThat(report.toString()).contains("1 taken with fields left out");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldHoldAnActionWithoutPlaceAtItsOrganisationsAddress(TestDatabase database) {
        String xml = "<?xml version=\"1.0\"?><lheo xmlns=\"http://lheo.gouv.fr/2.3\"><offres>"
                + "<formation numero=\"F1\"><intitule-formation>Cours sans lieu</intitule-formation>"
                + "<action numero=\"A1\"><session numero=\"S1\"><periode><debut>20300302</debut><fin>20300303</fin>"
                + "</periode></session><prix-total-TTC>450</prix-total-TTC><organisme-financeur><nb-places-financees>"
                + "10</nb-places-financees></organisme-financeur></action>"
                + "<organisme-formation-responsable><SIRET-organisme-formation><SIRET>31719324100013</SIRET>"
                + "</SIRET-organisme-formation><raison-sociale>Agile Alpes</raison-sociale><coordonnees-organisme>"
                + "<coordonnees><adresse><ligne>12 rue des Alpes</ligne><codepostal>38000</codepostal>"
                + "<ville>Grenoble</ville></adresse></coordonnees></coordonnees-organisme>"
                + "</organisme-formation-responsable></formation></offres></lheo>";
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            ImportReport report = importFile(filiere, Catalogues.write(folder, "no-place.xml", xml));

            assertThat(report.coursesImported()).isEqualTo(1);
            assertThat(sessions(filiere)).singleElement().satisfies(s -> {
                assertThat(s.plan().venue().name()).isEqualTo("Agile Alpes");
                assertThat(s.plan().venue().street()).isEqualTo("12 rue des Alpes");
                assertThat(s.plan().venue().commune()).isEqualTo("Grenoble");
                assertThat(s.capacity()).isEqualTo(10);
            });
            assertThat(report.gaps()).singleElement().satisfies(gaps -> assertThat(gaps.fields()).containsExactly(
                    "place of training (held at the organisation's address)", "duration in hours"));
        }
    }

    private static List<SessionView> sessions(FiliereContainer filiere) {
        return filiere.get(TrainingDirectory.class).sessions(SessionQuery.all());
    }
}
