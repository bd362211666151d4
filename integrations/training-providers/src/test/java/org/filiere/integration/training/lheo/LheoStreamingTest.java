package org.filiere.integration.training.lheo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.filiere.integration.training.GeneratedCatalogue;
import org.filiere.integration.training.catalogue.CatalogueCourse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 100,000-session catalogue is read one course at a time, within the module's 256 MB test heap. */
class LheoStreamingTest {

    @Test
    void shouldReadAHundredThousandSessionsWithinASmallHeap(@TempDir Path folder) throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).as("the test heap (-Xmx256m)").isLessThanOrEqualTo(256L << 20);
        Path file = folder.resolve("large.xml");
        int written = GeneratedCatalogue.writeLheo(file, 10_000, 10, "2027");
        assertThat(Files.size(file)).as("a file whose tree would not fit the heap").isGreaterThan(45L << 20);

        long courses = 0;
        long sessions = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
                LheoReader reader = LheoReader.open("large.xml", in)) {
            while (reader.hasNext()) {
                CatalogueCourse course = reader.next();
                courses++;
                sessions += course.sessions().size();
            }
        }

        assertThat(written).isEqualTo(100_000);
        assertThat(courses).isEqualTo(10_000);
        assertThat(sessions).isEqualTo(100_000);
    }
}
