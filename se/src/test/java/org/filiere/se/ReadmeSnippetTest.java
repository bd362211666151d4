package org.filiere.se;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The README's embedding section, taken as a newcomer takes it: its Maven snippet names the BOM of this build and the
 * one starter, and its Java snippet compiles and runs, in a JVM of its own, against this module's freshly built
 * classpath (the starter and what it brings), printing what it says and nothing else: no framework start-up lines,
 * no SLF4J warnings.
 */
class ReadmeSnippetTest {

    private static final Path README = Path.of(System.getProperty("basedir", "."), "..", "README.md");

    @TempDir
    Path work;

    @Test
    void shouldNameTheBomOfThisBuildAndTheStarterOnly() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                ("<project>" + block("xml") + "</project>").getBytes(StandardCharsets.UTF_8)));

        Element bom = (Element) pom.getElementsByTagName("dependencyManagement").item(0);
        assertThat(text(bom, "artifactId")).isEqualTo("filiere-bom");
        assertThat(text(bom, "version")).isEqualTo(System.getProperty("filiere.version"));
        assertThat(text(bom, "scope")).isEqualTo("import");
        NodeList dependencies = pom.getElementsByTagName("dependency");
        List<String> used = new ArrayList<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element d = (Element) dependencies.item(i);
            if (d.getParentNode().getParentNode().getNodeName().equals("project")) {
                used.add(text(d, "artifactId"));
            }
        }
        assertThat(used).containsExactly("filiere-se");
    }

    @Test
    void shouldCompileAndRunTheJavaSnippetQuietly() throws Exception {
        String source = block("java");
        Matcher name = Pattern.compile("public class (\\w+)").matcher(source);
        assertThat(name.find()).as("a public class in the README's Java snippet").isTrue();
        Path sources = Files.createDirectories(work.resolve("src"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        Path file = Files.writeString(sources.resolve(name.group(1) + ".java"), source);
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();

        int compiled = javac.run(null, null, null, "-d", classes.toString(), "-cp", classpath, file.toString());

        assertThat(compiled).as("javac on the README's snippet").isZero();
        Path home = Files.createDirectories(work.resolve("home"));
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-cp", classes + File.pathSeparator + classpath, name.group(1))
                .directory(work.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(run.waitFor(180, TimeUnit.SECONDS)).as("the snippet ends within 3 minutes").isTrue();

        assertThat(Files.readString(err)).as("what the snippet printed on stderr").isEmpty();
        assertThat(run.exitValue()).isZero();
        assertThat(Files.readString(out)).isEqualTo("Alpes Logiciels applied for 2026 as member 302068382"
                + System.lineSeparator());
        assertThat(home.resolve(".filiere/db")).as("the data kept under the user's home by default").isDirectory();
        assertThat(work.resolve("derby.log")).doesNotExist();
    }

    /** The first fenced block of the language in the README's Embedding section. */
    private static String block(String language) throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("\n## Embedding\n");
        assertThat(start).as("an Embedding section in %s", README).isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertThat(m.find()).as("a %s block in the Embedding section", language).isTrue();
        return m.group(1);
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().strip();
    }
}
