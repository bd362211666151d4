package org.filiere.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** When the database cannot be reached, the message names it but never gives its password. */
class StartFailureMessageTest {

    @Test
    void shouldNameTheDatabaseWithoutItsPasswordWhenItCannotConnect() {
        String url = "jdbc:postgresql://127.0.0.1:1/filiere?user=app&password=TopSecret42&connectTimeout=2";
        TestDatabase unreachable = new TestDatabase("unreachable", Map.of("filiere.db.url", url), () -> {
        });

        Throwable failure = catchThrowable(() -> FiliereContainer.start(unreachable).close());

        assertThat(failure).isNotNull();
        Throwable start = failure;
        while (start != null && !(start instanceof PersistenceStartException)) {
            start = start.getCause();
        }
        assertThat(start).as("a start failure, in: " + failure).isNotNull();
        assertThat(start.getMessage()).contains("127.0.0.1:1/filiere").contains("password=***")
                .doesNotContain("TopSecret42");
    }
}
