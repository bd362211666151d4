package org.filiere.integration.camel.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.camel.spi.IdempotentRepository;
import org.filiere.persistence.SqlStates;

/**
 * A Camel idempotent repository kept in the {@code processed_item} table. The table's primary key decides: of
 * two nodes adding the same key at the same moment, exactly one succeeds, and only that one processes the item.
 * Each call is its own short transaction on the library's data source.
 *
 * <p>Besides the one-key calls Camel makes, {@link #claimAll(Collection)} takes a whole chunk of keys in one
 * transaction (primary-key lookups on one prepared statement, then one batch of inserts), for imports that process
 * items by the thousand.
 */
public class DatabaseIdempotentRepository implements IdempotentRepository {

    private final DataSource dataSource;
    private final String name;
    private final Clock clock;

    /**
     * @param dataSource the library's data source (connections that do not auto-commit)
     * @param name       the repository's name: keys are unique within it
     * @param clock      for the time an item was processed
     */
    public DatabaseIdempotentRepository(DataSource dataSource, String name, Clock clock) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("An idempotent repository needs a name of 1 to 100 characters, not '"
                    + name + "'");
        }
        this.dataSource = dataSource;
        this.name = name;
        this.clock = clock;
    }

    /** The repository's name. */
    public String name() {
        return name;
    }

    @Override
    public boolean add(String key) {
        requireKey(key);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO processed_item (repository, item_key, processed_at) VALUES (?, ?, ?)")) {
            try {
                s.setString(1, name);
                s.setString(2, key);
                s.setTimestamp(3, Timestamp.from(clock.instant()));
                s.executeUpdate();
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                if (SqlStates.isUniqueViolation(e)) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw failure("record item " + key, e);
        }
    }

    @Override
    public boolean contains(String key) {
        requireKey(key);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT 1 FROM processed_item WHERE repository = ? AND item_key = ?")) {
            s.setString(1, name);
            s.setString(2, key);
            try (ResultSet rs = s.executeQuery()) {
                boolean found = rs.next();
                c.commit();
                return found;
            }
        } catch (SQLException e) {
            throw failure("look up item " + key, e);
        }
    }

    @Override
    public boolean remove(String key) {
        requireKey(key);
        return delete("DELETE FROM processed_item WHERE repository = ? AND item_key = ?", key) > 0;
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    @Override
    public void clear() {
        delete("DELETE FROM processed_item WHERE repository = ?", null);
    }

    /**
     * Records the keys of a chunk in one go and says which were new: those are this caller's to process, the
     * others were processed before or are being processed by another node.
     *
     * @return the keys this caller claimed, in the order given
     */
    public Set<String> claimAll(Collection<String> keys) {
        Set<String> wanted = new LinkedHashSet<>(keys);
        wanted.forEach(DatabaseIdempotentRepository::requireKey);
        if (wanted.isEmpty()) {
            return Set.of();
        }
        try (Connection c = dataSource.getConnection()) {
            Set<String> fresh = new LinkedHashSet<>(wanted);
            fresh.removeAll(existing(c, wanted));
            if (fresh.isEmpty()) {
                c.commit();
                return Set.of();
            }
            try {
                insertAll(c, fresh);
                c.commit();
                return fresh;
            } catch (SQLException e) {
                c.rollback();
                if (!SqlStates.isUniqueViolation(e)) {
                    throw e;
                }
            }
            Set<String> claimed = new LinkedHashSet<>();
            for (String key : fresh) {
                if (add(key)) {
                    claimed.add(key);
                }
            }
            return claimed;
        } catch (SQLException e) {
            throw failure("record a chunk of " + wanted.size() + " items", e);
        }
    }

    /** Forgets keys claimed for work that then failed, so that they can be processed again. */
    public void releaseAll(Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "DELETE FROM processed_item WHERE repository = ? AND item_key = ?")) {
            for (String key : keys) {
                s.setString(1, name);
                s.setString(2, key);
                s.addBatch();
            }
            s.executeBatch();
            c.commit();
        } catch (SQLException e) {
            throw failure("forget " + keys.size() + " items", e);
        }
    }

    private Set<String> existing(Connection c, Set<String> keys) throws SQLException {
        Set<String> found = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM processed_item WHERE repository = ? AND item_key = ?")) {
            s.setString(1, name);
            for (String key : keys) {
                s.setString(2, key);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        found.add(key);
                    }
                }
            }
        }
        return found;
    }

    private void insertAll(Connection c, Set<String> keys) throws SQLException {
        Timestamp now = Timestamp.from(clock.instant());
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO processed_item (repository, item_key, processed_at) VALUES (?, ?, ?)")) {
            for (String key : keys) {
                s.setString(1, name);
                s.setString(2, key);
                s.setTimestamp(3, now);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private int delete(String sql, String key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, name);
            if (key != null) {
                s.setString(2, key);
            }
            int count = s.executeUpdate();
            c.commit();
            return count;
        } catch (SQLException e) {
            throw failure("forget items", e);
        }
    }

    private static void requireKey(String key) {
        if (key == null || key.isEmpty() || key.length() > 255) {
            throw new IllegalArgumentException("An item key has 1 to 255 characters, not '" + key + "'");
        }
    }

    private IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("Cannot " + what + " in idempotent repository " + name + ": "
                + e.getMessage(), e);
    }

    @Override
    public void start() {
    }

    @Override
    public void stop() {
    }

    @Override
    public String toString() {
        return "DatabaseIdempotentRepository[" + name + "]";
    }
}
