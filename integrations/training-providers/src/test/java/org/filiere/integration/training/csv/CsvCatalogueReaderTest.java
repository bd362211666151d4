package org.filiere.integration.training.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.filiere.integration.training.catalogue.CatalogueCourse;
import org.filiere.integration.training.catalogue.CatalogueRefusedException;
import org.filiere.integration.training.catalogue.CatalogueSession;
import org.junit.jupiter.api.Test;

/** The CSV catalogue: one row per session, the rows of a course together, the header naming the columns. */
class CsvCatalogueReaderTest {

    @Test
    void shouldGroupTheRowsOfEachCourse() throws Exception {
        List<CatalogueCourse> courses;
        try (InputStream in = getClass().getResourceAsStream("/catalogues/small-provider.csv")) {
            courses = readAll(CsvCatalogueReader.open("small-provider.csv", in, StandardCharsets.UTF_8));
        }

        assertThat(courses).hasSize(2);
        CatalogueCourse data = courses.get(0);
        assertThat(data.courseId()).isEqualTo("C-1");
        assertThat(data.source()).isEqualTo("C-1 (line 2)");
        assertThat(data.providerSiret()).isEqualTo("32228438100017");
        assertThat(data.title()).isEqualTo("Introduction à la science des données");
        assertThat(data.objectives()).isEqualTo("Lire, nettoyer et visualiser des données; premiers modèles");
        assertThat(data.hours()).isEqualTo("21");
        assertThat(data.sessions()).extracting(CatalogueSession::id).containsExactly("C-1-S1", "C-1-S2");
        CatalogueSession first = data.sessions().get(0);
        assertThat(first.start()).isEqualTo("2030-09-21 09:00");
        assertThat(first.seats()).isEqualTo("10");
        assertThat(first.priceMembers()).isEqualTo("900");
        assertThat(first.priceNonMembers()).isEqualTo("1200");
        assertThat(first.registrationDeadline()).isEqualTo("2030-09-14");
        assertThat(data.sessions().get(1).start()).isEqualTo("12/10/2030");
        assertThat(courses.get(1).title()).isEmpty();
    }

    @Test
    void shouldTakeCommasAndColumnsInAnyOrder() {
        String csv = "title,course_id,provider_siret,provider_name,hours,session_id,start,end,venue,commune\n"
                + "\"Git, pour de bon\",G-1,32228438100017,Atelier Data,7,G-1-S1,2030-09-21,2030-09-21,Atelier,Grenoble\n";

        assertThat(readAll(open(csv, StandardCharsets.UTF_8))).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Git, pour de bon");
            assertThat(c.sessions()).singleElement().satisfies(s -> assertThat(s.commune()).isEqualTo("Grenoble"));
        });
    }

    @Test
    void shouldRefuseAFileWithoutTheRequiredColumns() {
        String csv = "siret;titre;date\n32228438100017;Excel;2030-09-21\n";

        assertThatThrownBy(() -> open(csv, StandardCharsets.UTF_8)).isInstanceOf(CatalogueRefusedException.class)
                .hasMessageStartingWith("catalogue.csv is not a CSV catalogue: its header lacks the columns "
                        + "provider_siret, provider_name, course_id, title, hours, session_id, start, end, venue, commune");
    }

    @Test
    void shouldNameACourseWhoseRowsAreScatteredInsteadOfClosingItsSessions() {
        String header = "provider_siret;provider_name;course_id;title;hours;session_id;start;end;venue;commune\n";
        String csv = header + "32228438100017;A;C-1;Un;7;S1;2030-09-21;2030-09-21;V;Grenoble\n"
                + "32228438100017;A;C-2;Deux;7;S2;2030-09-22;2030-09-22;V;Grenoble\n"
                + "32228438100017;A;C-1;Un;7;S3;2030-09-23;2030-09-23;V;Grenoble\n";

        List<CatalogueCourse> courses = readAll(open(csv, StandardCharsets.UTF_8));

        assertThat(courses).hasSize(3);
        assertThat(courses.get(2).courseId()).isEmpty();
        assertThat(courses.get(2).source()).contains("listed again further down");
    }

    @Test
    void shouldRefuseAFileThatIsNotInTheConfiguredEncoding() {
        String header = "provider_siret;provider_name;course_id;title;hours;session_id;start;end;venue;commune\n";
        byte[] latin1 = (header + "32228438100017;Société Générale de Formation;C-1;Sécurité;7;S1;2030-09-21;"
                + "2030-09-21;Salle;Grenoble\n").getBytes(Charset.forName("ISO-8859-1"));

        assertThatThrownBy(() -> readAll(CsvCatalogueReader.open("catalogue.csv", new ByteArrayInputStream(latin1),
                StandardCharsets.UTF_8))).isInstanceOf(CatalogueRefusedException.class)
                .hasMessageContaining("is not written in UTF-8");
        assertThat(readAll(CsvCatalogueReader.open("catalogue.csv", new ByteArrayInputStream(latin1),
                Charset.forName("ISO-8859-1")))).singleElement()
                .satisfies(c -> assertThat(c.providerName()).isEqualTo("Société Générale de Formation"));
    }

    private static CsvCatalogueReader open(String csv, Charset charset) {
        return CsvCatalogueReader.open("catalogue.csv", new ByteArrayInputStream(csv.getBytes(charset)), charset);
    }

    private static List<CatalogueCourse> readAll(CsvCatalogueReader reader) {
        List<CatalogueCourse> courses = new ArrayList<>();
        try (reader) {
            reader.forEachRemaining(courses::add);
        }
        return courses;
    }
}
