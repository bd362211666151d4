package org.filiere.integration.training.lheo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.filiere.integration.training.catalogue.CatalogueCourse;
import org.filiere.integration.training.catalogue.CatalogueRefusedException;
import org.filiere.integration.training.catalogue.CatalogueSession;
import org.junit.jupiter.api.Test;

/** LHEO files in both namespaces become neutral courses and sessions; files that are not LHEO are refused whole. */
class LheoReaderTest {

    static List<CatalogueCourse> read(String resource) {
        try (InputStream in = LheoReaderTest.class.getResourceAsStream("/catalogues/" + resource);
                LheoReader reader = LheoReader.open(resource, in)) {
            List<CatalogueCourse> courses = new ArrayList<>();
            reader.forEachRemaining(courses::add);
            return courses;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void shouldReadTheLheo22NamespaceOneCoursePerAction() {
        List<CatalogueCourse> courses = read("acme-lheo22.xml");

        assertThat(courses).hasSize(2);
        CatalogueCourse web = courses.get(0);
        assertThat(web.source()).isEqualTo("formation F-100, action A-100");
        assertThat(web.courseId()).isEqualTo("A-100");
        assertThat(web.providerSiret()).isEqualTo("30206838200050");
        assertThat(web.providerName()).isEqualTo("Acme Formation");
        assertThat(web.title()).isEqualTo("Sécurité des applications web");
        assertThat(web.formacode()).isEqualTo("31025");
        assertThat(web.nsfCode()).isEqualTo("326");
        assertThat(web.hours()).isEqualTo("14");
        assertThat(web.sessions()).extracting(CatalogueSession::id).containsExactly("S-101", "S-102");
        CatalogueSession first = web.sessions().get(0);
        assertThat(first.start()).isEqualTo("20300914");
        assertThat(first.end()).isEqualTo("20300915");
        assertThat(first.venueName()).isEqualTo("Maison de l'Innovation");
        assertThat(first.street()).isEqualTo("12 rue des Arts");
        assertThat(first.postcode()).isEqualTo("38000");
        assertThat(first.commune()).isEqualTo("Grenoble");
        assertThat(first.seats()).isEqualTo("12");
        assertThat(first.priceNonMembers()).isEqualTo("1200.00");
        assertThat(web.sessions().get(1).end()).isEqualTo("00000000");
        assertThat(courses.get(1).providerSiret()).isEqualTo("3020683820");
        assertThat(courses.get(1).objectives()).isEmpty();
    }

    @Test
    void shouldTurnTheEscapedHtmlOfTextFieldsIntoPlainText() {
        String objectives = read("acme-lheo22.xml").get(0).objectives();

        assertThat(objectives).isEqualTo("Savoir détecter les failles OWASP\net les corriger.\n- injections\n- XSS");
    }

    @Test
    void shouldReadTheLheo23NamespaceInTheEncodingTheFileDeclares() {
        List<CatalogueCourse> courses = read("acme-lheo23.xml");

        assertThat(courses).singleElement().satisfies(course -> {
            assertThat(course.title()).isEqualTo("Conduite de projet agile");
            assertThat(course.objectives()).isEqualTo("Piloter un projet en itérations courtes.");
            assertThat(course.hours()).as("hours in the centre and in the company").isEqualTo("21");
            assertThat(course.nsfCode()).isEqualTo("326n");
            assertThat(course.sessions()).singleElement().satisfies(s -> {
                assertThat(s.venueName()).isEqualTo("Campus Numérique");
                assertThat(s.start()).isEqualTo("2030-11-16");
                assertThat(s.end()).isEqualTo("18/11/2030");
            });
        });
    }

    @Test
    void shouldReadARealOnisepExport() {
        assertThat(read("onisep-bts-lheo22.xml")).singleElement().satisfies(course -> {
            assertThat(course.providerSiret()).isEqualTo("19290076900014");
            assertThat(course.providerName()).isEqualTo("Lycée Kerneuzec");
            assertThat(course.title()).isEqualTo("BTS négociation et relation client");
            assertThat(course.objectives()).startsWith("A la fois vendeur, manager et commercial").doesNotContain("<p>");
            assertThat(course.formacode()).isEqualTo("34582");
            assertThat(course.hours()).isEmpty();
            assertThat(course.sessions()).singleElement().satisfies(s -> {
                assertThat(s.id()).isEqualTo("9436_18706");
                assertThat(s.venueName()).isEqualTo("Lycée Kerneuzec");
                assertThat(s.commune()).isEqualTo("QUIMPERLÉ");
                assertThat(s.start()).isEqualTo("20150901");
            });
        });
    }

    @Test
    void shouldRefuseAnXmlFileThatIsNotLheo() {
        assertThatThrownBy(() -> read("not-lheo.xml")).isInstanceOf(CatalogueRefusedException.class)
                .hasMessage("not-lheo.xml is not an LHEO catalogue: it starts with <rss>, where LHEO starts with <lheo> "
                        + "in namespace http://www.lheo.org/2.2 or http://lheo.gouv.fr/2.3");
    }

    @Test
    void shouldRefuseLheoInAnUnknownNamespace() {
        String other = "<?xml version=\"1.0\"?><lheo xmlns=\"http://example.org/lheo\"><offres/></lheo>";
        assertThatThrownBy(() -> open(other)).isInstanceOf(CatalogueRefusedException.class)
                .hasMessageContaining("in namespace http://example.org/lheo");
    }

    @Test
    void shouldRefuseAFileThatIsNotXml() {
        assertThatThrownBy(() -> open("provider_siret;title\n123;Excel\n")).isInstanceOf(CatalogueRefusedException.class)
                .hasMessageStartingWith("catalogue.xml is not well-formed XML at line 1");
    }

    @Test
    void shouldKeepTheCoursesBeforeTheDamageAndRefuseTheRest() {
        String damaged = "<?xml version=\"1.0\"?><lheo xmlns=\"http://lheo.gouv.fr/2.3\"><offres>"
                + "<formation numero=\"F1\"><intitule-formation>Bon</intitule-formation><action numero=\"A1\"/></formation>"
                + "<formation numero=\"F2\"><intitule-formation>Coupé</intitule";
        LheoReader reader = open(damaged);
        assertThat(reader.next().courseId()).isEqualTo("A1");
        assertThatThrownBy(reader::hasNext).isInstanceOf(CatalogueRefusedException.class)
                .hasMessageStartingWith("catalogue.xml is not well-formed XML");
    }

    static LheoReader open(String xml) {
        return LheoReader.open("catalogue.xml", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
