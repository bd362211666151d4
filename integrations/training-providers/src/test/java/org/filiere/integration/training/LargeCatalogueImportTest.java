package org.filiere.integration.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.apache.camel.ProducerTemplate;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100,000-session catalogue goes through the import route into a Derby database in a folder, within the module's
 * 256 MB test heap: the file streams and is written a chunk per transaction.
 */
class LargeCatalogueImportTest {

    @Test
    void shouldImportAHundredThousandSessionsThroughTheRouteWithinASmallHeap(@TempDir Path folder) throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).as("the test heap (-Xmx256m)").isLessThanOrEqualTo(256L << 20);
        Path catalogue = folder.resolve("large.xml");
        int sessions = GeneratedCatalogue.writeLheo(catalogue, 10_000, 10, "2030");
        TestDatabase inFolder = new TestDatabase("derby-file", Map.of("filiere.db.directory",
                folder.resolve("db").toString()), () -> {
                });
        try (FiliereContainer filiere = FiliereContainer.start(inFolder)) {
            ImportReport report = filiere.get(ProducerTemplate.class).requestBody(CatalogueRoutes.IMPORT, catalogue,
                    ImportReport.class);

            assertThat(report.coursesRead()).isEqualTo(10_000);
            assertThat(report.coursesImported()).isEqualTo(10_000);
            assertThat(report.sessionsCreated()).isEqualTo(sessions).isEqualTo(100_000);
            assertThat(report.deadLetters()).isZero();
        }
    }
}
