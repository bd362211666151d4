package org.filiere.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The demo as a user runs it: its tour, its commands and its one-line refusals, on a database in a folder. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterDemoTest {

    @TempDir
    static Path dataDir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        System.setOut(stdout);
        System.setErr(stderr);
        try {
            int code = ClusterDemo.run(all, stdout, stderr);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    private static long figure(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("'%s' in:%n%s", regex, text).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    @Order(1)
    void shouldCreateARealisticClusterAndPrintOnlyTheSummary() {
        Run tour = run("tour");

        assertThat(tour.exitCode()).isZero();
        assertThat(tour.err()).isEmpty();
        assertThat(tour.out()).startsWith("Created the demo cluster");
        long members = figure(tour.out(), "Members in \\d{4}: (\\d+) ");
        long lastYear = figure(tour.out(), "\\((\\d+) in \\d{4}, growth \\+");
        assertThat(members).isBetween(130L, 155L);
        assertThat(lastYear).isLessThan(members);
        assertThat(tour.out()).contains("Staff: 8").contains("IT services and consulting").contains("Grenoble");
        long signed = figure(tour.out(), "signed by (\\d+) of");
        long active = figure(tour.out(), "signed by \\d+ of (\\d+) active members");
        assertThat(signed * 100 / active).isGreaterThan(75);
        Matcher average = Pattern.compile("(\\d+\\.\\d) days per member on average").matcher(tour.out());
        assertThat(average.find()).isTrue();
        assertThat(Double.parseDouble(average.group(1))).isBetween(5.5, 8.5);
        assertThat(tour.out()).contains("Labelling committee: 8 members (2 staff, 3 member representatives, 3 outside"
                + " experts); quorum 5, threshold 3.00, tie rule defer");
        assertThat(figure(tour.out(), "Cité du design, Saint-Étienne\\): 5 proposals, recusals (\\d+)")).isEqualTo(2);
        assertThat(figure(tour.out(), "labelled per year: \\d{4}: (\\d+)")).isEqualTo(5);
        assertThat(figure(tour.out(), "(?m)^ {4}rejected +(\\d+)$")).isEqualTo(2);
        assertThat(figure(tour.out(), "(?m)^ {4}prototyping +(\\d+)$")).isEqualTo(1);
        assertThat(figure(tour.out(), "overdue milestones: (\\d+)")).isEqualTo(2);
        assertThat(figure(tour.out(), "places 12, taken (\\d+)")).isEqualTo(12);
        assertThat(tour.out()).contains("Pilote développement durable, with Centre de ressources")
                .contains("refused by rule: ");
        assertThat(tour.out()).doesNotContain("WELD").doesNotContain("Liquibase").doesNotContain("UPDATE SUMMARY")
                .doesNotContain("EclipseLink");
        assertThat(Path.of("derby.log")).doesNotExist();
    }

    @Test
    @Order(2)
    void shouldKeepItsDataBetweenRunsWithoutCreatingItAgain() {
        Run first = run("members", "list");
        Run tour = run("tour");
        Run second = run("members", "list");

        assertThat(tour.out()).startsWith("The demo cluster \"Numérique Isère\" is already in");
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    @Order(3)
    void shouldAdmitSignAndVerifyACertificate() {
        Run admit = run("admit", "--siret", "302 068 382 00050", "--name", "Test Logiciels SAS", "--naf", "5829C",
                "--postcode", "38000", "--commune", "Grenoble", "--insee", "38185", "--employees", "12");
        assertThat(admit.exitCode()).as(admit.err()).isZero();
        assertThat(admit.out()).contains("Admitted Test Logiciels SAS (SIREN 302 068 382)");

        Run sign = run("sign-charter", "302068382", "--signatory", "Anne Roux");
        assertThat(sign.exitCode()).as(sign.err()).isZero();
        String code = sign.out().replaceAll("(?s).*Certificate code: (\\S+).*", "$1");

        Run verify = run("verify-certificate", code.toLowerCase());
        assertThat(verify.exitCode()).isZero();
        assertThat(verify.out()).contains("valid: the member has signed the charter in force")
                .contains("Test Logiciels SAS").contains("Anne Roux");
        assertThat(run("members", "show", "302068382").out()).contains("charter    signed");
    }

    @Test
    @Order(4)
    void shouldListProjectsByStateAndTheirOverdueMilestones() {
        Run labelled = run("projects", "list", "--state", "PROTOTYPING");
        Run overdue = run("projects", "overdue");
        Run programmes = run("programmes");

        assertThat(labelled.exitCode()).as(labelled.err()).isZero();
        assertThat(labelled.out()).containsPattern("LBL-\\d{4}-001 +prototyping +Mobilier urbain connecté")
                .contains("(officer Julien Morel)").endsWith("1 project(s)" + System.lineSeparator());
        assertThat(overdue.out()).contains("\"Tests avec dix PME\" was due on").contains("2 overdue milestone(s)");
        assertThat(programmes.out()).contains("Programme croissance éditeurs de logiciels, with Cluster des éditeurs");
        Run badState = run("projects", "list", "--state", "FINISHED");
        assertThat(badState.exitCode()).isEqualTo(2);
        assertThat(badState.err()).startsWith("error: Invalid value for option '--state'");
    }

    @Test
    @Order(5)
    void shouldRefuseBadInputWithOneClearLineAndNoStackTrace() {
        Run badSiret = run("admit", "--siret", "302 068 382 00051", "--name", "X", "--naf", "62.01Z", "--postcode",
                "38000", "--commune", "Grenoble", "--insee", "38185");
        Run unknownNaf = run("admit", "--siret", "31719324100013", "--name", "X", "--naf", "62.99Z", "--postcode",
                "38000", "--commune", "Grenoble", "--insee", "38185");
        Run unknownMember = run("members", "show", "317193241");

        assertThat(badSiret.exitCode()).isEqualTo(2);
        assertThat(badSiret.err()).isEqualTo("error: Invalid value for option '--siret': SIRET \"302 068 382 00051\" is "
                + "not valid: its check digit is wrong (Luhn)." + System.lineSeparator());
        assertThat(unknownNaf.exitCode()).isEqualTo(2);
        assertThat(unknownNaf.err()).isEqualTo(
                "error: NAF code \"62.99Z\" is not valid: it is not in the INSEE NAF rev. 2 list." + System.lineSeparator());
        assertThat(unknownMember.exitCode()).isEqualTo(2);
        assertThat(unknownMember.err()).isEqualTo("error: No member with SIREN 317193241 is known." + System.lineSeparator());
        assertThat(badSiret.out() + unknownNaf.out() + unknownMember.out()).isEmpty();
    }

    @Test
    @Order(6)
    void shouldWriteLastYearsActivityReportForTheFunders() throws Exception {
        int lastYear = LocalDate.now(ZoneId.of("Europe/Paris")).getYear() - 1;
        Path html = dataDir.resolve("report.html");
        assertThat(html).exists();
        assertThat(dataDir.resolve("report.pdf")).exists().isNotEmptyFile();
        assertThat(Files.readString(html)).contains("Rapport d&#39;activité " + lastYear)
                .contains("Indicateurs et objectifs").contains("<svg");

        Path csv = dataDir.resolve("figures.csv");
        Run figures = run("report", "--format", "csv", "-o", csv.toString());
        assertThat(figures.exitCode()).as(figures.err()).isZero();
        assertThat(figures.out()).startsWith("Wrote the " + lastYear + " activity report (csv) to ");
        assertThat(Files.readString(csv)).startsWith("key,label,unit,year,value,")
                .containsPattern("members\\.active,Adhérents,COUNT," + lastYear + ",1\\d\\d,AT_LEAST,120.00,");

        Path json = dataDir.resolve("figures.json");
        Run english = run("report", "--year", String.valueOf(lastYear), "--format", "json", "--language", "en", "-o",
                json.toString());
        assertThat(english.exitCode()).as(english.err()).isZero();
        assertThat(Files.readString(json)).contains("\"label\" : \"Members\"");

        Run empty = run("report", "--year", "2001", "-o", dataDir.resolve("empty.html").toString());
        assertThat(empty.exitCode()).as(empty.err()).isZero();
        assertThat(empty.out()).contains("No activity is on record for 2001: the report says so.");
        assertThat(Files.readString(dataDir.resolve("empty.html")))
                .contains("Aucune activité n&#39;est enregistrée pour 2001");

        Run badFormat = run("report", "--format", "docx", "-o", dataDir.resolve("r.docx").toString());
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).isEqualTo("error: Invalid value for option '--format': 'docx' is not a report"
                + " format; use html, pdf, csv or json" + System.lineSeparator());
    }
}
