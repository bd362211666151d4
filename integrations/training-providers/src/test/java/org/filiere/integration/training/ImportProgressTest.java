package org.filiere.integration.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.camel.ProducerTemplate;
import org.filiere.kernel.ImportProgress;
import org.filiere.kernel.ImportProgress.Stage;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalogue import tells how far it is after each chunk, with counts that add up to its report. */
class ImportProgressTest {

    private static final int COURSES = 60;

    @TempDir
    Path folder;

    /** Keeps the progress the import publishes, in the order observed. */
    @ApplicationScoped
    public static class RecordedProgress {

        private final List<ImportProgress> seen = new ArrayList<>();

        void record(@Observes ImportProgress progress) {
            seen.add(progress);
        }

        /** What was observed so far. */
        public List<ImportProgress> seen() {
            return List.copyOf(seen);
        }
    }

    /** A CSV catalogue of one session per course, every tenth course with a start date that is not a date. */
    private Path catalogue() throws Exception {
        StringBuilder csv = new StringBuilder("provider_siret;provider_name;course_id;title;hours;session_id;start;end;"
                + "venue;commune\n");
        for (int i = 1; i <= COURSES; i++) {
            String start = i % 10 == 0 ? "le 3 mars" : "2031-03-" + String.format("%02d", 1 + i % 28) + " 09:00";
            csv.append(GeneratedCatalogue.PROVIDER_SIRET).append(";Alpes Formation;C-").append(i)
                    .append(";Cours numéro ").append(i).append(";7;C-").append(i).append("-S1;").append(start)
                    .append(";2031-03-29 17:00;Salle ").append(i).append(";Grenoble\n");
        }
        return Files.writeString(folder.resolve("alpes.csv"), csv);
    }

    @Test
    void shouldPublishProgressAfterEachChunkWithCountsThatAddUpToTheReport() throws Exception {
        Path file = catalogue();
        Map<String, String> tenSessionsPerChunk = Map.of(TrainingProviderSettings.PREFIX + "chunk-sessions", "10");
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), tenSessionsPerChunk,
                RecordedProgress.class)) {
            ImportReport report = filiere.get(ProducerTemplate.class).requestBody(CatalogueRoutes.IMPORT, file,
                    ImportReport.class);
            List<ImportProgress> seen = filiere.get(RecordedProgress.class).seen();

            assertThat(report.coursesRead()).isEqualTo(COURSES);
            assertThat(report.deadLetters()).isEqualTo(6);
            assertThat(seen).allSatisfy(p -> {
                assertThat(p.source()).isEqualTo("alpes.csv");
                assertThat(p.kind()).isEqualTo(CatalogueImport.PROGRESS_KIND);
                assertThat(p.totalBytes()).hasValue(Files.size(file));
            });
            assertThat(seen).extracting(ImportProgress::stage).first().isEqualTo(Stage.STARTED);
            assertThat(seen).extracting(ImportProgress::stage).last().isEqualTo(Stage.FINISHED);
            assertThat(seen.subList(1, seen.size() - 1)).hasSize(COURSES / 10)
                    .allSatisfy(p -> assertThat(p.stage()).isEqualTo(Stage.ADVANCED));
            assertThat(seen.get(0).read()).isZero();
            for (int i = 1; i < seen.size() - 1; i++) {
                ImportProgress before = seen.get(i - 1);
                ImportProgress now = seen.get(i);
                assertThat(now.read()).as("records read after chunk %d", i).isEqualTo(10L * i);
                assertThat(now.imported() + now.refused()).isEqualTo(now.read());
                assertThat(now.refused()).as("one bad record per chunk").isEqualTo(i);
                assertThat(now.bytesRead()).isGreaterThanOrEqualTo(before.bytesRead());
                assertThat(now.occurredAt()).isAfterOrEqualTo(before.occurredAt());
            }
            ImportProgress last = seen.get(seen.size() - 1);
            assertThat(last.read()).isEqualTo(report.coursesRead());
            assertThat(last.imported()).isEqualTo(report.coursesImported() + report.coursesUnchanged());
            assertThat(last.refused()).isEqualTo(report.deadLetters());
            assertThat(last.bytesRead()).isEqualTo(Files.size(file));
            assertThat(last.fraction()).hasValue(1.0);
            assertThat(last.rate()).isPositive();
        }
    }
}
