package org.filiere.integration.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.filiere.access.Acting;
import org.filiere.access.Actor;
import org.filiere.directory.PartnerQuery;
import org.filiere.directory.PartnerSource;
import org.filiere.directory.application.PartnerDirectoryService;
import org.filiere.directory.application.PartnerImportReport;
import org.filiere.kernel.StaleDataException;
import org.filiere.persistence.Databases;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Several nodes reading the same partner's file at the same moment, on real threads: the records are stored once,
 * a node that lost the race is refused as stale and, trying again, finds them.
 */
class ConcurrentPartnerImportTest {

    private static final int NODES = 4;
    private static final PartnerSource POLE = new PartnerSource("pole-sud");

    static Stream<TestDatabase> databases() {
        return Databases.derbyAndPostgres();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldStoreEachRecordOnceWhenNodesReadTheSameFileAtOnce(TestDatabase database) throws Exception {
        Databases.assumeReachable(database);
        byte[] file = PartnerFileReaderTest.file("pole-annuaire.jsonld");
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            PartnerImport partnerImport = filiere.get(PartnerImport.class);
            CyclicBarrier together = new CyclicBarrier(NODES);
            AtomicInteger stale = new AtomicInteger();
            ExecutorService nodes = Executors.newFixedThreadPool(NODES);
            List<Future<PartnerImportReport>> reports = new ArrayList<>();
            try {
                for (int n = 0; n < NODES; n++) {
                    reports.add(nodes.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        for (int attempt = 0; attempt < 20; attempt++) {
                            try (Acting.Scope node = Acting.as(Actor.system("partners"))) {
                                return partnerImport.read(POLE, "pole-annuaire.jsonld", new ByteArrayInputStream(file));
                            } catch (StaleDataException e) {
                                stale.incrementAndGet();
                                Thread.sleep(20L * (attempt + 1));
                            }
                        }
                        throw new AssertionError("The file could not be read in 20 attempts");
                    }));
                }
                int created = 0;
                for (Future<PartnerImportReport> report : reports) {
                    created += report.get(120, TimeUnit.SECONDS).created();
                }

                PartnerDirectoryService partners = filiere.get(PartnerDirectoryService.class);
                assertThat(created).as("each record created by one node only (%d stale refusals)", stale.get())
                        .isEqualTo(4);
                assertThat(partners.count(POLE)).isEqualTo(3);
                assertThat(partners.search(PartnerQuery.words("")).stream().filter(l -> l.source().equals(POLE)))
                        .hasSize(2);
                assertThat(partners.people(Actor.staff("claire-martin", "Claire Martin"), POLE)).hasSize(1);
            } finally {
                nodes.shutdownNow();
            }
        }
    }
}
