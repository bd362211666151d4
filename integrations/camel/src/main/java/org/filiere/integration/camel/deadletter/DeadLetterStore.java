package org.filiere.integration.camel.deadletter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.filiere.integration.camel.StoredHeaders;
import org.filiere.integration.camel.deadletter.DeadLetter.Status;
import org.filiere.persistence.Storage;

/**
 * The dead letters in the library's database ({@code dead_letter} table), in plain JDBC: each call is its own
 * short transaction, so that a failed item is kept even when the work that failed rolled back.
 */
@ApplicationScoped
public class DeadLetterStore {

    static final int MAX_TEXT = 4000;
    private static final String COLUMNS = "id, route_id, item_key, item, headers, reason, failure_type, "
            + "retry_endpoint, failed_at, attempts, status, version";

    private final Storage storage;

    @Inject
    public DeadLetterStore(Storage storage) {
        this.storage = storage;
    }

    /** For the CDI container's proxies. */
    protected DeadLetterStore() {
        this(null);
    }

    /**
     * Keeps a new dead letter; an item whose key already waits in the route's dead letters (the same bad record
     * imported again) counts as one more attempt of that letter instead.
     */
    public DeadLetterId store(NewDeadLetter letter) {
        if (letter.itemKey().isPresent()) {
            List<DeadLetter> same = query("SELECT " + COLUMNS + " FROM dead_letter WHERE route_id = ? AND item_key = ?"
                    + " AND status = ?", s -> {
                        s.setString(1, cut(letter.routeId(), 100));
                        s.setString(2, cut(letter.itemKey().get(), 255));
                        s.setString(3, Status.WAITING.name());
                    });
            if (!same.isEmpty() && failedAgain(same.get(0).id(), letter.reason(), letter.failureType(),
                    letter.failedAt())) {
                return same.get(0).id();
            }
        }
        DeadLetterId id = DeadLetterId.next();
        update("INSERT INTO dead_letter (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 1)", s -> {
            s.setString(1, id.toString());
            s.setString(2, cut(letter.routeId(), 100));
            s.setString(3, letter.itemKey().map(k -> cut(k, 255)).orElse(null));
            s.setString(4, letter.item());
            s.setString(5, letter.headers().isEmpty() ? null : cut(StoredHeaders.text(letter.headers()), MAX_TEXT));
            s.setString(6, cut(letter.reason(), MAX_TEXT));
            s.setString(7, cut(letter.failureType(), 255));
            s.setString(8, letter.retryEndpoint().map(e -> cut(e, 500)).orElse(null));
            s.setTimestamp(9, Timestamp.from(letter.failedAt()));
            s.setString(10, Status.WAITING.name());
        });
        return id;
    }

    /** Notes that a retried letter failed again: one more attempt, the new reason and time, and waiting again. */
    public boolean failedAgain(DeadLetterId id, String reason, String failureType, Instant at) {
        return update("UPDATE dead_letter SET reason = ?, failure_type = ?, failed_at = ?, attempts = attempts + 1, "
                + "status = ?, version = version + 1 WHERE id = ?", s -> {
                    s.setString(1, cut(reason, MAX_TEXT));
                    s.setString(2, cut(failureType, 255));
                    s.setTimestamp(3, Timestamp.from(at));
                    s.setString(4, Status.WAITING.name());
                    s.setString(5, id.toString());
                }) == 1;
    }

    /**
     * Takes a waiting letter for a retry, unless someone else took it or changed it since {@code version}.
     *
     * @return whether this caller has it
     */
    public boolean claim(DeadLetterId id, long version) {
        return update("UPDATE dead_letter SET status = ?, version = version + 1 WHERE id = ? AND status = ? "
                + "AND version = ?", s -> {
                    s.setString(1, Status.RETRYING.name());
                    s.setString(2, id.toString());
                    s.setString(3, Status.WAITING.name());
                    s.setLong(4, version);
                }) == 1;
    }

    /** Removes a letter. */
    public boolean delete(DeadLetterId id) {
        return update("DELETE FROM dead_letter WHERE id = ?", s -> s.setString(1, id.toString())) == 1;
    }

    /**
     * Removes the letters that failed last before this moment, but not those being retried right now.
     *
     * @return how many were removed
     */
    public int purgeFailedBefore(Instant cutoff) {
        return update("DELETE FROM dead_letter WHERE failed_at < ? AND status <> ?", s -> {
            s.setTimestamp(1, Timestamp.from(cutoff));
            s.setString(2, Status.RETRYING.name());
        });
    }

    public Optional<DeadLetter> find(DeadLetterId id) {
        List<DeadLetter> found = query("SELECT " + COLUMNS + " FROM dead_letter WHERE id = ?",
                s -> s.setString(1, id.toString()));
        return found.stream().findFirst();
    }

    /** The letters of a route, or of all routes, the latest first. */
    public List<DeadLetter> list(Optional<String> routeId, int limit) {
        String where = routeId.isPresent() ? " WHERE route_id = ?" : "";
        return query("SELECT " + COLUMNS + " FROM dead_letter" + where + " ORDER BY failed_at DESC, id", s -> {
            s.setMaxRows(limit);
            if (routeId.isPresent()) {
                s.setString(1, routeId.get());
            }
        });
    }

    /** How many letters each route has. */
    public Map<String, Long> countByRoute() {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT route_id, COUNT(*) FROM dead_letter GROUP BY route_id")) {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw failure("count the dead letters", e);
        }
        return counts;
    }

    private List<DeadLetter> query(String sql, Binder binder) {
        List<DeadLetter> letters = new ArrayList<>();
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    letters.add(new DeadLetter(DeadLetterId.of(rs.getString(1)), rs.getString(2),
                            Optional.ofNullable(rs.getString(3)), rs.getString(4), StoredHeaders.read(rs.getString(5)),
                            rs.getString(6), rs.getString(7), Optional.ofNullable(rs.getString(8)),
                            rs.getTimestamp(9).toInstant(), rs.getInt(10), Status.valueOf(rs.getString(11)),
                            rs.getLong(12)));
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw failure("read the dead letters", e);
        }
        return letters;
    }

    private int update(String sql, Binder binder) {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            try {
                binder.bind(s);
                int count = s.executeUpdate();
                c.commit();
                return count;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("write a dead letter", e);
        }
    }

    private DataSource dataSource() {
        return storage.dataSource();
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("Cannot " + what + ": " + e.getMessage(), e);
    }

    static String cut(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        return text.substring(0, length - 1) + "…";
    }


    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
