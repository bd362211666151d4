package org.filiere.benchmarks;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

/**
 * The rows the library wrote into some tables, read back so that a baseline can insert exactly the same rows with
 * plain JDBC: prepared statements, batches of 500, one commit per table.
 */
final class TableCopy {

    private static final int BATCH = 500;

    private final List<String> tables;
    private final Map<String, List<String>> columns = new LinkedHashMap<>();
    private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();

    /** A copy of these tables, in an order that respects their foreign keys. */
    TableCopy(List<String> tables) {
        this.tables = List.copyOf(tables);
    }

    /** Reads every row of the tables, replacing what was read before. */
    void readFrom(DataSource dataSource) throws SQLException {
        columns.clear();
        rows.clear();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> names = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
                    }
                    List<Object[]> values = new ArrayList<>();
                    while (rs.next()) {
                        Object[] row = new Object[names.size()];
                        for (int i = 0; i < row.length; i++) {
                            Object v = rs.getObject(i + 1);
                            row[i] = v instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : v;
                        }
                        values.add(row);
                    }
                    columns.put(table, names);
                    rows.put(table, values);
                }
            }
            c.rollback();
        }
    }

    /** Inserts the rows read, table by table, in batches, committing once per table. */
    void insertInto(Connection c) throws SQLException {
        for (String table : tables) {
            List<String> names = columns.get(table);
            String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                int pending = 0;
                for (Object[] row : rows.get(table)) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
            c.commit();
        }
    }

    /** How many rows in all. */
    long totalRows() {
        return rows.values().stream().mapToLong(List::size).sum();
    }

    /** The row count of each table, for the benchmark's report. */
    String counts() {
        StringBuilder s = new StringBuilder();
        rows.forEach((t, r) -> s.append(s.length() == 0 ? "" : ", ").append(t).append(' ').append(r.size()));
        return s.toString();
    }
}
