package org.filiere.integration.camel.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.camel.spi.IdempotentRepository;
import org.filiere.persistence.SqlStates;

/**
 * A Camel idempotent repository kept in the {@code processed_item} table. The table's primary key decides: of
 * two nodes adding the same key at the same moment, exactly one succeeds, and only that one processes the item.
 * Each call is its own short transaction on the library's data source.
 *
 * <p>Besides the one-key calls Camel makes, {@link #claimAll(Connection, Collection)} claims a whole chunk of keys
 * inside the caller's own transaction (one query for the keys recorded before, then one batch of inserts), so that
 * the claim commits with the work it guards: a node that stops before its work commits leaves nothing claimed.
 *
 * <p>A repository may hold its keys as leases: a key older than the lease is taken to belong to a node that
 * stopped without releasing it, and may be taken over (a file read lock left by a node that died, say).
 */
public class DatabaseIdempotentRepository implements IdempotentRepository {

    private static final int KEYS_PER_QUERY = 1000;

    private final DataSource dataSource;
    private final String name;
    private final Clock clock;
    private final Optional<Duration> lease;

    /**
     * @param dataSource the library's data source (connections that do not auto-commit)
     * @param name       the repository's name: keys are unique within it
     * @param clock      for the time an item was processed
     */
    public DatabaseIdempotentRepository(DataSource dataSource, String name, Clock clock) {
        this(dataSource, name, clock, Optional.empty());
    }

    /**
     * @param dataSource the library's data source (connections that do not auto-commit)
     * @param name       the repository's name: keys are unique within it
     * @param clock      for the time an item was processed
     * @param lease      how long a key holds before another caller may take it over; none for keys kept for good
     */
    public DatabaseIdempotentRepository(DataSource dataSource, String name, Clock clock, Optional<Duration> lease) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("An idempotent repository needs a name of 1 to 100 characters, not '"
                    + name + "'");
        }
        this.dataSource = dataSource;
        this.name = name;
        this.clock = clock;
        this.lease = lease;
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
                    return takeOverExpired(c, key);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw failure("record item " + key, e);
        }
    }

    /** Takes over a key whose lease ran out, if this repository leases its keys. */
    private boolean takeOverExpired(Connection c, String key) throws SQLException {
        if (lease.isEmpty()) {
            return false;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE processed_item SET processed_at = ? "
                + "WHERE repository = ? AND item_key = ? AND processed_at < ?")) {
            s.setTimestamp(1, Timestamp.from(clock.instant()));
            s.setString(2, name);
            s.setString(3, key);
            s.setTimestamp(4, Timestamp.from(clock.instant().minus(lease.get())));
            boolean taken = s.executeUpdate() == 1;
            c.commit();
            return taken;
        } catch (SQLException e) {
            c.rollback();
            throw e;
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

    /**
     * Claims the keys of a chunk on the caller's connection, within the caller's transaction: the claim commits or
     * rolls back with the work done in that transaction. One query finds the keys recorded before; the others are
     * inserted in one batch and are this caller's to process.
     *
     * @return the keys this caller claimed, in the order given
     * @throws ClaimedMeanwhileException when another caller claimed one of the keys at the same moment (its
     *                                   transaction committed while this one ran): roll back and claim again
     */
    public Set<String> claimAll(Connection connection, Collection<String> keys) {
        Set<String> wanted = new LinkedHashSet<>(keys);
        wanted.forEach(DatabaseIdempotentRepository::requireKey);
        if (wanted.isEmpty()) {
            return Set.of();
        }
        try {
            Set<String> fresh = new LinkedHashSet<>(wanted);
            fresh.removeAll(existing(connection, wanted));
            if (!fresh.isEmpty()) {
                insertAll(connection, fresh);
            }
            return fresh;
        } catch (SQLException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw new ClaimedMeanwhileException(name, e);
            }
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

    /** The keys among these recorded before: one query for up to {@value #KEYS_PER_QUERY} keys. */
    private Set<String> existing(Connection c, Set<String> keys) throws SQLException {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<String> part = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            String marks = String.join(", ", Collections.nCopies(part.size(), "?"));
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT item_key FROM processed_item WHERE repository = ? AND item_key IN (" + marks + ")")) {
                s.setString(1, name);
                for (int i = 0; i < part.size(); i++) {
                    s.setString(i + 2, part.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1));
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
