package org.filiere.integration.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.camel.ProducerTemplate;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.training.SessionQuery;
import org.filiere.training.application.TrainingDirectory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Two application nodes on one database import the same catalogue at the same moment: nothing is duplicated. */
class TwoNodesImportTest {

    static java.util.stream.Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldImportEachCourseOnceWhenTwoNodesTakeTheSameCatalogueAtOnce(TestDatabase database, @TempDir Path folder)
            throws Exception {
        Path copyA = folder.resolve("node-a.xml");
        Path copyB = folder.resolve("node-b.xml");
        int sessions = GeneratedCatalogue.writeLheo(copyA, 300, 3, "2030");
        GeneratedCatalogue.writeLheo(copyB, 300, 3, "2030");
        Map<String, String> smallChunks = Map.of("filiere.integration.training-providers.chunk-sessions", "60");
        TestDatabase sameDatabase = new TestDatabase(database.name(), database.properties(), () -> {
        });
        try (FiliereContainer nodeA = FiliereContainer.start(database, smallChunks);
                FiliereContainer nodeB = FiliereContainer.start(sameDatabase, smallChunks)) {
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<ImportReport>> reports = new ArrayList<>();
            for (var node : List.of(Map.entry(nodeA, copyA), Map.entry(nodeB, copyB))) {
                ProducerTemplate template = node.getKey().get(ProducerTemplate.class);
                reports.add(pool.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return template.requestBody(CatalogueRoutes.IMPORT, node.getValue(), ImportReport.class);
                }));
            }
            ImportReport a = reports.get(0).get(5, TimeUnit.MINUTES);
            ImportReport b = reports.get(1).get(5, TimeUnit.MINUTES);
            pool.shutdown();

            assertThat(a.coursesImported() + b.coursesImported()).isEqualTo(300);
            assertThat(a.sessionsCreated() + b.sessionsCreated()).isEqualTo(sessions);
            assertThat(a.deadLetters() + b.deadLetters()).isZero();
            TrainingDirectory directory = nodeA.get(TrainingDirectory.class);
            assertThat(directory.courses()).hasSize(300);
            assertThat(directory.sessions(SessionQuery.all())).hasSize(sessions);
        }
    }
}
