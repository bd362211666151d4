package org.filiere.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.filiere.kernel.ImportProgress.Stage;
import org.junit.jupiter.api.Test;

class ImportRunTest {

    private final List<ImportProgress> seen = new ArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2031-03-01T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void shouldCountTheBytesReadAndAddUpTheChunks() throws Exception {
        byte[] content = new byte[1000];
        try (ImportRun run = ImportRun.start("feed.json", "tender feed", OptionalLong.of(1000), seen::add, clock)) {
            InputStream in = run.counting(new ByteArrayInputStream(content));
            in.readNBytes(250);
            run.advance(10, 9, 1);
            in.readNBytes(750);
            run.advance(5, 5, 0);
            run.finish();
        }

        assertThat(seen).extracting(ImportProgress::stage)
                .containsExactly(Stage.STARTED, Stage.ADVANCED, Stage.ADVANCED, Stage.FINISHED);
        assertThat(seen.get(1).fraction()).hasValue(0.25);
        assertThat(seen.get(1).read()).isEqualTo(10);
        assertThat(seen.get(3).read()).isEqualTo(15);
        assertThat(seen.get(3).imported()).isEqualTo(14);
        assertThat(seen.get(3).refused()).isEqualTo(1);
        assertThat(seen.get(3).bytesRead()).isEqualTo(1000);
    }

    @Test
    void shouldTellAsDoneOnlyTheBytesOfTheChunksDoneWhenTheImportReadsAhead() throws Exception {
        byte[] content = new byte[1000];
        try (ImportRun run = ImportRun.start("catalogue.xml", "training catalogue", OptionalLong.of(1000), seen::add,
                clock)) {
            InputStream in = run.counting(new ByteArrayInputStream(content));
            in.readNBytes(400);
            long firstChunkEnds = run.bytesRead();
            in.readNBytes(600);
            run.advance(4, 4, 0, firstChunkEnds);
            run.advance(6, 6, 0, run.bytesRead());
            run.finish();
        }

        assertThat(seen.get(1).bytesRead()).as("the second chunk was read, not done").isEqualTo(400);
        assertThat(seen.get(1).fraction()).hasValue(0.4);
        assertThat(seen.get(2).fraction()).hasValue(1.0);
        assertThat(seen.get(3).stage()).isEqualTo(Stage.FINISHED);
        assertThat(seen.get(3).bytesRead()).isEqualTo(1000);
    }

    @Test
    void shouldTellThatAnImportStoppedWhenClosedBeforeItsEnd() {
        try (ImportRun run = ImportRun.start("catalogue.xml", "training catalogue", OptionalLong.empty(), seen::add,
                clock)) {
            run.advance(3, 3, 0);
        }

        assertThat(seen).extracting(ImportProgress::stage).containsExactly(Stage.STARTED, Stage.ADVANCED,
                Stage.STOPPED);
        assertThat(seen.get(2).fraction()).as("the size was not known").isEmpty();
    }

    @Test
    void shouldGiveTheRateInRecordsPerSecond() {
        ImportProgress progress = new ImportProgress("catalogue.xml", "training catalogue", Stage.ADVANCED, 1500,
                1490, 10, 0, OptionalLong.empty(), java.time.Duration.ofSeconds(3), clock.instant());

        assertThat(progress.rate()).isEqualTo(500.0);
        assertThat(progress).hasToString("catalogue.xml: 1500 read, 1490 imported, 10 refused (500 records/s)");
    }
}
