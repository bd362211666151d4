package org.filiere.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * Every changelog of the library follows Liquibase's XML schema: the build checks it here, since the migrations on
 * start read the changelogs without that check.
 */
class ChangelogSchemaTest {

    private static final String SCHEMA = "www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.33.xsd";

    private static Schema schema;

    @BeforeAll
    static void readTheSchema() throws SAXException {
        URL xsd = ChangelogSchemaTest.class.getClassLoader().getResource(SCHEMA);
        assertThat(xsd).as("Liquibase's schema on the classpath").isNotNull();
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        schema = factory.newSchema(xsd);
    }

    @Test
    void shouldFindEveryChangelogValidAgainstLiquibasesSchema() throws Exception {
        List<Path> changelogs = changelogs();

        assertThat(changelogs).hasSizeGreaterThan(20);
        for (Path changelog : changelogs) {
            validate(Files.readString(changelog), changelog.toString());
        }
    }

    @Test
    void shouldRefuseAChangelogThatBreaksTheSchema() {
        String broken = """
                <?xml version="1.0" encoding="UTF-8"?>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
                  <changeSet id="1" author="a"><createTable tableName="t"><column name="id" type="int"/></createTable></changeSet>
                  <changeSet id="2" author="a"><noSuchChange/></changeSet>
                </databaseChangeLog>
                """;

        assertThatThrownBy(() -> validate(broken, "broken.xml")).isInstanceOf(SAXException.class)
                .hasMessageContaining("noSuchChange");
    }

    private static void validate(String xml, String name) throws SAXException, IOException {
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        StreamSource source = new StreamSource(new StringReader(xml), name);
        validator.validate(source);
    }

    private static List<Path> changelogs() throws URISyntaxException, IOException {
        URL library = ChangelogSchemaTest.class.getClassLoader().getResource(Migrations.LIBRARY_CHANGELOG);
        assertThat(library).isNotNull();
        try (Stream<Path> files = Files.walk(Path.of(library.toURI()).getParent())) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
    }
}
