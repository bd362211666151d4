package org.filiere.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Passwords never reach a message, whatever form the address gives them. */
class CredentialsTest {

    @Test
    void shouldMaskThePasswordParameterOfAJdbcUrlKeepingTheRest() {
        assertThat(Credentials.masked("jdbc:postgresql://db.example.org:5432/filiere?user=app&password=s3cr%21t&ssl=true"))
                .isEqualTo("jdbc:postgresql://db.example.org:5432/filiere?user=app&password=***&ssl=true");
        assertThat(Credentials.masked("jdbc:derby:/data/filiere;create=true;user=app;password=hunter2"))
                .isEqualTo("jdbc:derby:/data/filiere;create=true;user=app;password=***");
        assertThat(Credentials.masked("jdbc:sqlserver://h;PWD=x1;database=f")).isEqualTo("jdbc:sqlserver://h;PWD=***;database=f");
    }

    @Test
    void shouldMaskThePasswordOfUserInfoBeforeTheHost() {
        assertThat(Credentials.masked("jdbc:postgresql://app:p%40ss@db.example.org/filiere"))
                .isEqualTo("jdbc:postgresql://app:***@db.example.org/filiere");
        assertThat(Credentials.masked("smtp://mailer:secret@smtp.example.org:587"))
                .isEqualTo("smtp://mailer:***@smtp.example.org:587");
    }

    @Test
    void shouldMaskEveryAddressInAMessage() {
        String message = "Cannot connect to jdbc:postgresql://a:b@h1/db?password=c: FATAL: password authentication failed"
                + " for user \"a\" (https://u:v@h2/x)";
        assertThat(Credentials.masked(message))
                .isEqualTo("Cannot connect to jdbc:postgresql://a:***@h1/db?password=*** FATAL: password authentication"
                        + " failed for user \"a\" (https://u:***@h2/x)")
                .doesNotContain(":b@").doesNotContain("=c").doesNotContain(":v@");
    }

    @Test
    void shouldLeaveTextWithoutCredentialsAlone() {
        assertThat(Credentials.masked("jdbc:derby:memory:t1;create=true")).isEqualTo("jdbc:derby:memory:t1;create=true");
        assertThat(Credentials.masked("https://data.economie.gouv.fr/decp.json")).isEqualTo(
                "https://data.economie.gouv.fr/decp.json");
        assertThat(Credentials.masked(null)).isNull();
    }
}
