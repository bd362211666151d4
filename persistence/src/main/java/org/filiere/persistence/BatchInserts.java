package org.filiere.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

import jakarta.persistence.EntityManager;

/**
 * New rows written in one JDBC batch per table on the transaction's own connection, past the persistence context:
 * what a chunk of an import writes, at the pace of the database. The persistence context is flushed first, so that
 * the rows go in after what it holds; it never learns of them (the shared cache is off), so that code reading them
 * in the same transaction reads them by query. Tables go in the order they are given, parents before their children.
 */
public final class BatchInserts {

    /** The version JPA gives a row it inserts, which a row inserted here takes too. */
    public static final long FIRST_VERSION = 1;

    /**
     * Binds one row's values to the insert's parameters.
     *
     * @param <T> the row
     */
    @FunctionalInterface
    public interface Binder<T> {

        /** Sets the parameters of the insert to the row's values. */
        void bind(PreparedStatement insert, T row) throws SQLException;
    }

    private final Connection connection;

    private BatchInserts(Connection connection) {
        this.connection = connection;
    }

    /** Flushes the entity manager and returns the batches of its transaction's connection. */
    public static BatchInserts on(EntityManager em) {
        em.flush();
        return new BatchInserts(em.unwrap(Connection.class));
    }

    /**
     * Inserts the rows in one batch of this statement; nothing when there are none.
     *
     * @throws SQLException as the database refused the batch (a unique key already taken, for one)
     */
    public <T> BatchInserts insert(String sql, Collection<? extends T> rows, Binder<? super T> binder)
            throws SQLException {
        if (rows.isEmpty()) {
            return this;
        }
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(insert, row);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return this;
    }
}
