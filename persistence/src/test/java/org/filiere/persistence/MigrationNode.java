package org.filiere.persistence;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A node of {@link MigrationsInTwoJvmsTest}, in a JVM of its own: it connects to the database, says {@code READY},
 * waits for a line on its input, applies the library's changelogs and a test one, and prints the outcome.
 */
final class MigrationNode {

    private MigrationNode() {
    }

    public static void main(String[] args) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[0]);
        config.setMaximumPoolSize(2);
        config.setAutoCommit(false);
        try (HikariDataSource dataSource = new HikariDataSource(config);
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            dataSource.getConnection().close();
            System.out.println("READY");
            System.out.flush();
            in.readLine();
            Migrations.Outcome outcome = Migrations.apply(dataSource, List.of(Migrations.LIBRARY_CHANGELOG,
                    "db/changelog/test/extra.xml"));
            System.out.println("OUTCOME " + outcome);
            System.out.flush();
        }
    }
}
