package org.filiere.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

/** A container's non-transactional data source, as the plain JDBC stores see it under JTA. */
class ManualCommitDataSourceTest {

    @Test
    void shouldHandOutConnectionsThatKeepNothingUntilCommitted() throws Exception {
        EmbeddedDataSource container = new EmbeddedDataSource();
        container.setDatabaseName("memory:manual-commit");
        container.setCreateDatabase("create");
        ManualCommitDataSource manual = new ManualCommitDataSource(container);

        try (Connection c = manual.getConnection(); Statement s = c.createStatement()) {
            assertThat(c.getAutoCommit()).isFalse();
            s.execute("CREATE TABLE letter (id INT)");
            c.commit();
            s.execute("INSERT INTO letter VALUES (1)");
            c.rollback();
            s.execute("INSERT INTO letter VALUES (2)");
            c.commit();
        }
        try (Connection c = container.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM letter")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(2);
            assertThat(rs.next()).isFalse();
        }
    }
}
