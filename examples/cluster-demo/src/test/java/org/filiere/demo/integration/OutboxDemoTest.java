package org.filiere.demo.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.filiere.demo.ClusterDemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a broker, a member listed in the directory leaves a message waiting in the outbox, which the demo counts. */
class OutboxDemoTest {

    @TempDir
    Path dataDir;

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = ClusterDemo.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldCountTheListedMembersMessageAsWaitingWhenNoBrokerIsConfigured() {
        if (System.getenv("FILIERE_AMQP_URL") != null) {
            System.out.println("OutboxDemoTest SKIPPED: FILIERE_AMQP_URL is set, so the demo relays to a broker");
        }
        assumeTrue(System.getenv("FILIERE_AMQP_URL") == null, "FILIERE_AMQP_URL is set");
        Run admit = run("admit", "--siret", "302 068 382 00050", "--name", "Test Logiciels SAS", "--naf", "5829C",
                "--postcode", "38000", "--commune", "Grenoble", "--insee", "38185", "--employees", "12");
        assertThat(admit.exitCode()).as(admit.err()).isZero();
        Run consent = run("directory", "consent", "302068382", "--offer", "Logiciels de gestion");
        assertThat(consent.exitCode()).as(consent.err()).isZero();

        Run outbox = run("outbox", "--relay");

        assertThat(outbox.exitCode()).as(outbox.err()).isZero();
        assertThat(outbox.out()).contains("Relayed 0 message(s)")
                .contains("Channel broker is not configured (FILIERE_AMQP_URL for the broker); its messages wait")
                .containsPattern("broker\\s+1 pending\\s+0 sent\\s+0 dead");
    }
}
