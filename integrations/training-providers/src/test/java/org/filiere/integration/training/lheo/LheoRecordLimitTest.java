package org.filiere.integration.training.lheo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.filiere.integration.training.catalogue.CatalogueCourse;
import org.junit.jupiter.api.Test;

/** A {@code formation} larger than the limit is skipped as it streams, never held, and the file is read on. */
class LheoRecordLimitTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<lheo xmlns=\"http://lheo.gouv.fr/2.3\"><offres>";
    private static final String TAIL = "</offres></lheo>";

    @Test
    void shouldSkipAFormationLargerThanTheHeapAndReadTheNext() throws IOException {
        long huge = 300L << 20;
        assertThat(Runtime.getRuntime().maxMemory()).as("the test heap (-Xmx256m)").isLessThan(huge);
        InputStream file = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                bytes(HEAD + formation("F1", "") + "<formation numero=\"F2\"><objectif-formation>"),
                new RepeatedText("é".repeat(1000), huge),
                bytes("</objectif-formation></formation>" + formation("F3", "") + TAIL))));

        List<CatalogueCourse> read = readAll(LheoReader.open("huge.xml", file, 1 << 20));

        assertThat(read).extracting(CatalogueCourse::source).containsExactly("formation F1, action A-F1",
                "formation F2", "formation F3, action A-F3");
        assertThat(read.get(1).unreadable()).isEqualTo("is larger than 1048576 bytes, the most a record may take");
        assertThat(read.get(0).unreadable()).isEmpty();
        assertThat(read.get(2).title()).isEqualTo("Cours F3");
    }

    @Test
    void shouldCountTheRecordInUtf8BytesOfItsNamesAttributesAndText() {
        String objectives = "é".repeat(600);
        String xml = HEAD + formation("F1", objectives) + TAIL;
        int size = formationContentBytes("F1", objectives);

        assertThat(readAll(LheoReader.open("at-limit.xml", bytes(xml), size))).singleElement()
                .satisfies(c -> assertThat(c.unreadable()).isEmpty());
        assertThat(readAll(LheoReader.open("over-limit.xml", bytes(xml), size - 1))).singleElement()
                .satisfies(c -> assertThat(c.unreadable()).startsWith("is larger than " + (size - 1) + " bytes"));
    }

    private static String formation(String numero, String objectives) {
        return "<formation numero=\"" + numero + "\"><intitule-formation>Cours " + numero + "</intitule-formation>"
                + "<objectif-formation>" + objectives + "</objectif-formation><action numero=\"A-" + numero + "\">"
                + "<session numero=\"S\"><periode><debut>20300301</debut></periode></session></action>"
                + "</formation>";
    }

    /** What {@link #formation} holds: names, attribute names and values, and text, in UTF-8 bytes. */
    private static int formationContentBytes(String numero, String objectives) {
        String names = "formation" + "numero" + numero + "intitule-formation" + "Cours " + numero
                + "objectif-formation" + objectives + "action" + "numero" + "A-" + numero + "session" + "numero" + "S"
                + "periode" + "debut" + "20300301";
        return names.getBytes(StandardCharsets.UTF_8).length;
    }

    private static List<CatalogueCourse> readAll(LheoReader reader) {
        List<CatalogueCourse> courses = new ArrayList<>();
        try (reader) {
            reader.forEachRemaining(courses::add);
        }
        return courses;
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A piece of text repeated until so many bytes were given, made as it is read. */
    private static final class RepeatedText extends InputStream {

        private final byte[] piece;
        private final long total;
        private long given;

        RepeatedText(String text, long total) {
            this.piece = text.getBytes(StandardCharsets.UTF_8);
            this.total = total - total % piece.length;
        }

        @Override
        public int read() {
            if (given >= total) {
                return -1;
            }
            return piece[(int) (given++ % piece.length)] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (given >= total) {
                return -1;
            }
            int n = (int) Math.min(len, total - given);
            for (int i = 0; i < n; i++) {
                b[off + i] = piece[(int) ((given + i) % piece.length)];
            }
            given += n;
            return n;
        }
    }
}
