package org.filiere.integration.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.apache.camel.ProducerTemplate;
import org.filiere.integration.camel.deadletter.DeadLetter;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.training.Course;
import org.filiere.training.application.TrainingDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A record larger than the configured limit goes to the dead letters with its reason; the rest goes in. */
class RecordLimitImportTest {

    @TempDir
    Path folder;

    @Test
    void shouldSendAFormationOverTheLimitToTheDeadLettersAndImportTheRest() {
        String big = CatalogueImportTest.formation("F2", "A2", "20300301", "20300302")
                .replace("<intitule-formation>", "<objectif-formation>" + "x".repeat(5000)
                        + "</objectif-formation><intitule-formation>");
        String xml = "<?xml version=\"1.0\"?><lheo xmlns=\"http://lheo.gouv.fr/2.3\"><offres>"
                + CatalogueImportTest.formation("F1", "A1", "20300301", "20300302") + big
                + CatalogueImportTest.formation("F3", "A3", "20300301", "20300302") + "</offres></lheo>";
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(),
                Map.of(TrainingProviderSettings.MAX_RECORD_BYTES, "2000"))) {
            ImportReport report = filiere.get(ProducerTemplate.class).requestBody(CatalogueRoutes.IMPORT,
                    Catalogues.write(folder, "big.xml", xml), ImportReport.class);

            assertThat(report.coursesRead()).isEqualTo(3);
            assertThat(report.coursesImported()).isEqualTo(2);
            assertThat(report.deadLetters()).isEqualTo(1);
            assertThat(filiere.get(TrainingDirectory.class).courses()).extracting(Course::title)
                    .containsExactlyInAnyOrder("Cours F1", "Cours F3");
            assertThat(Catalogues.deadLetters(filiere)).singleElement().extracting(DeadLetter::reason)
                    .isEqualTo("Course formation F2: content is larger than 2000 bytes, the most a record may take "
                            + "(filiere.integration.training-providers.max-record-bytes); it was skipped unread.");
        }
    }
}
