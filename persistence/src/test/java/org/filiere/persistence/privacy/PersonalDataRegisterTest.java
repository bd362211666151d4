package org.filiere.persistence.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.Storage;
import org.filiere.persistence.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The personal data register against the schema the migrations build: a column whose name looks personal and that
 * the register does not list fails the build, and so does an entry naming a column that no longer exists.
 */
class PersonalDataRegisterTest {

    /** What a column holding data about a person tends to be called. */
    static final Pattern LOOKS_PERSONAL = Pattern.compile(
            ".*(name|mail|phone|mobile|signatory|author|organiser|recipient|scorer|birth).*");

    @Test
    void shouldListEveryColumnThatLooksPersonalAndOnlyColumnsThatExist() throws SQLException {
        PersonalDataRegister register = PersonalDataRegister.load(getClass().getClassLoader());
        List<String> columns = new ArrayList<>();
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby());
                Connection c = filiere.get(Storage.class).dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getColumns(null, "APP", "%", "%")) {
                while (rs.next()) {
                    columns.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT) + "."
                            + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(columns).as("the schema's columns").isNotEmpty();

        TreeSet<String> unlisted = new TreeSet<>();
        for (String column : columns) {
            String[] parts = column.split("\\.");
            if (!parts[0].startsWith("databasechangelog") && LOOKS_PERSONAL.matcher(parts[1]).matches()
                    && register.find(parts[0], parts[1]).isEmpty()) {
                unlisted.add(column);
            }
        }
        assertThat(unlisted).as("columns that look personal but are not in " + PersonalDataRegister.RESOURCE)
                .isEmpty();
        assertThat(register.entries()).as("register entries naming no column of the schema")
                .allSatisfy(e -> assertThat(columns).contains(e.table() + "." + e.column()));
        assertThat(register.personal()).extracting(PersonalDataRegister.Entry::note).doesNotContainNull();
    }
}
