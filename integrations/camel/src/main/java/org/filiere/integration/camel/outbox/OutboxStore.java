package org.filiere.integration.camel.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.filiere.integration.camel.StoredHeaders;
import org.filiere.persistence.Storage;

/**
 * The {@code outbox_message} table, in plain JDBC on the library's data source, for the relay: claiming a batch,
 * marking its messages sent, tried again later or dead, all in the claim's transaction; purging; counting.
 *
 * <p>A batch holds the oldest due messages, at most one per aggregate: the first message of an aggregate still
 * waiting, so that a later one is never sent before it, even by another node. On PostgreSQL the claim locks its rows
 * ({@code FOR UPDATE SKIP LOCKED}): two nodes relaying from one database take different messages, and the second
 * node leaves an aggregate alone while the first one holds its head. Embedded Derby serves one node only, whose
 * relay claims one batch at a time, locking the rows it read and leaving out those deleted meanwhile.
 *
 * <p>Either way a claimed message stays locked until its outcome is written: a person's erasure
 * ({@link OutboxPersonalData}) that deletes it waits for the batch, and a message whose deletion is not committed yet
 * is not handed to a channel (PostgreSQL skips it, Derby waits for the erasure).
 */
@ApplicationScoped
public class OutboxStore {

    /** A message waiting to be relayed. */
    public static final String PENDING = "PENDING";
    /** A message relayed. */
    public static final String SENT = "SENT";
    /** A message refused for good, kept in the dead letters. */
    public static final String DEAD = "DEAD";

    static final int MAX_TEXT = 4000;
    private static final String SELECT = "SELECT o.id, o.seq, o.channel, o.aggregate_id, o.message_type, o.payload, "
            + "o.headers, o.created_at, o.attempts, o.next_attempt_at FROM outbox_message o";
    private static final String INSERT = "INSERT INTO outbox_message (id, channel, aggregate_id, message_type, "
            + "payload, headers, created_at, status, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)";

    private final Storage storage;

    @Inject
    public OutboxStore(Storage storage) {
        this.storage = storage;
    }

    /** For the CDI container's proxies. */
    protected OutboxStore() {
        this(null);
    }

    /** The statement that writes one message, with JPA's numbered parameters, for the entity manager's transaction. */
    static String numberedInsertStatement() {
        return INSERT.replace("VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)", "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, ?9)");
    }

    /** Writes messages in a transaction of their own, in one batch (for bulk loads; changes use {@link Outbox}). */
    public void insertAll(Collection<NewOutboxMessage> messages, Instant at) {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(INSERT)) {
            try {
                int pending = 0;
                for (NewOutboxMessage m : messages) {
                    bindInsert(s, m, at);
                    s.addBatch();
                    if (++pending == 1000) {
                        s.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    s.executeBatch();
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("write " + messages.size() + " messages", e);
        }
    }

    static void bindInsert(PreparedStatement s, NewOutboxMessage m, Instant at) throws SQLException {
        Timestamp now = Timestamp.from(at);
        s.setString(1, m.id().toString());
        s.setString(2, m.channel());
        s.setString(3, m.aggregateId());
        s.setString(4, m.type());
        s.setString(5, m.payload());
        s.setString(6, headersText(m.headers()));
        s.setTimestamp(7, now);
        s.setString(8, PENDING);
        s.setTimestamp(9, now);
    }

    /**
     * Claims the due messages of a channel, oldest first, at most one per aggregate and {@code limit} in all. The
     * batch holds its transaction (and on PostgreSQL its row locks) until it is committed or closed.
     */
    public Batch claim(String channel, int limit, Instant now) {
        Connection c = null;
        try {
            c = dataSource().getConnection();
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            List<OutboxMessage> messages = postgres ? claimLocked(c, channel, limit, now)
                    : claimOnOneNode(c, channel, limit, now);
            return new Batch(c, messages);
        } catch (SQLException e) {
            close(c);
            throw failure("claim messages of channel " + channel, e);
        }
    }

    /**
     * PostgreSQL: the due heads of their aggregates, locked; rows another node holds are skipped, and so are the
     * later messages of an aggregate whose head another node holds (that head is still waiting).
     */
    private static List<OutboxMessage> claimLocked(Connection c, String channel, int limit, Instant now)
            throws SQLException {
        String sql = SELECT + " WHERE o.channel = ? AND o.status = ? AND o.next_attempt_at <= ? AND NOT EXISTS "
                + "(SELECT 1 FROM outbox_message e WHERE e.channel = o.channel AND e.aggregate_id = o.aggregate_id "
                + "AND e.status = ? AND e.seq < o.seq) ORDER BY o.seq FETCH FIRST " + limit
                + " ROWS ONLY FOR UPDATE OF o SKIP LOCKED";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, channel);
            s.setString(2, PENDING);
            s.setTimestamp(3, Timestamp.from(now));
            s.setString(4, PENDING);
            return read(s, m -> true, limit);
        }
    }

    /**
     * One node (embedded Derby): the oldest waiting messages in order, of which each aggregate's first is taken if
     * it is due. When waiting messages that are not due yet fill that window, the heads are looked for among all
     * the waiting messages instead.
     */
    private static List<OutboxMessage> claimOnOneNode(Connection c, String channel, int limit, Instant now)
            throws SQLException {
        int window = limit * 2;
        String sql = SELECT + " WHERE o.channel = ? AND o.status = ? ORDER BY o.seq FETCH FIRST " + window
                + " ROWS ONLY";
        Set<String> seen = new HashSet<>();
        List<OutboxMessage> heads;
        int[] read = {0};
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, channel);
            s.setString(2, PENDING);
            heads = read(s, m -> {
                read[0]++;
                return seen.add(m.aggregateId()) && !m.nextAttemptAt().isAfter(now);
            }, limit);
        }
        if (!heads.isEmpty() || read[0] < window) {
            return held(c, heads);
        }
        String all = SELECT + " WHERE o.channel = ? AND o.status = ? AND o.next_attempt_at <= ? AND NOT EXISTS "
                + "(SELECT 1 FROM outbox_message e WHERE e.channel = o.channel AND e.aggregate_id = o.aggregate_id "
                + "AND e.status = ? AND e.seq < o.seq) ORDER BY o.seq FETCH FIRST " + limit + " ROWS ONLY";
        try (PreparedStatement s = c.prepareStatement(all)) {
            s.setString(1, channel);
            s.setString(2, PENDING);
            s.setTimestamp(3, Timestamp.from(now));
            s.setString(4, PENDING);
            heads = read(s, m -> true, limit);
        }
        return held(c, heads);
    }

    /**
     * Locks the messages read until the batch ends, keeping those still waiting: a message that an erasure deleted
     * (or another writer changed) since it was read is left out, and a deletion not committed yet is waited for.
     */
    private static List<OutboxMessage> held(Connection c, List<OutboxMessage> messages) throws SQLException {
        if (messages.isEmpty()) {
            return messages;
        }
        String ids = String.join(", ", Collections.nCopies(messages.size(), "?"));
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE outbox_message SET status = status WHERE status = ? AND id IN (" + ids + ")")) {
            s.setString(1, PENDING);
            for (int i = 0; i < messages.size(); i++) {
                s.setString(i + 2, messages.get(i).id());
            }
            if (s.executeUpdate() == messages.size()) {
                return messages;
            }
        }
        Set<String> waiting = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id FROM outbox_message WHERE status = ? AND id IN (" + ids + ")")) {
            s.setString(1, PENDING);
            for (int i = 0; i < messages.size(); i++) {
                s.setString(i + 2, messages.get(i).id());
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    waiting.add(rs.getString(1));
                }
            }
        }
        return messages.stream().filter(m -> waiting.contains(m.id())).toList();
    }

    private static List<OutboxMessage> read(PreparedStatement s, Predicate<OutboxMessage> keep, int limit)
            throws SQLException {
        List<OutboxMessage> messages = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next() && messages.size() < limit) {
                OutboxMessage message = new OutboxMessage(rs.getString(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), StoredHeaders.read(rs.getString(7)),
                        rs.getTimestamp(8).toInstant(), rs.getInt(9), rs.getTimestamp(10).toInstant());
                if (keep.test(message)) {
                    messages.add(message);
                }
            }
        }
        return messages;
    }

    /** Deletes the messages sent before a time; returns how many. */
    public int purgeSent(Instant before) {
        try (Connection c = dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "DELETE FROM outbox_message WHERE status = ? AND sent_at < ?")) {
            s.setString(1, SENT);
            s.setTimestamp(2, Timestamp.from(before));
            int count = s.executeUpdate();
            c.commit();
            return count;
        } catch (SQLException e) {
            throw failure("purge the sent messages", e);
        }
    }

    /** Puts a dead message back in the queue, to be tried again from its first attempt. */
    public boolean requeue(String id, Instant now) {
        try (Connection c = dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE outbox_message SET status = ?, attempts = 0, "
                        + "next_attempt_at = ?, last_error = NULL WHERE id = ? AND status = ?")) {
            s.setString(1, PENDING);
            s.setTimestamp(2, Timestamp.from(now));
            s.setString(3, id);
            s.setString(4, DEAD);
            int count = s.executeUpdate();
            c.commit();
            return count == 1;
        } catch (SQLException e) {
            throw failure("requeue message " + id, e);
        }
    }

    /** The counts of each channel that has messages. */
    public List<OutboxCounts> counts() {
        Map<String, long[]> byChannel = new TreeMap<>();
        try (Connection c = dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT channel, status, COUNT(*) FROM outbox_message GROUP BY channel, status")) {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long[] counts = byChannel.computeIfAbsent(rs.getString(1), k -> new long[3]);
                    int index = switch (rs.getString(2)) {
                        case PENDING -> 0;
                        case SENT -> 1;
                        default -> 2;
                    };
                    counts[index] += rs.getLong(3);
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw failure("count the messages", e);
        }
        List<OutboxCounts> counts = new ArrayList<>();
        byChannel.forEach((channel, n) -> counts.add(new OutboxCounts(channel, n[0], n[1], n[2])));
        return counts;
    }

    /** The status of a message, if it is in the outbox. */
    public java.util.Optional<String> status(String id) {
        try (Connection c = dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT status FROM outbox_message WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                java.util.Optional<String> status = rs.next() ? java.util.Optional.of(rs.getString(1))
                        : java.util.Optional.empty();
                c.commit();
                return status;
            }
        } catch (SQLException e) {
            throw failure("read message " + id, e);
        }
    }

    private DataSource dataSource() {
        return storage.dataSource();
    }

    private static void close(Connection c) {
        if (c != null) {
            try {
                c.rollback();
                c.close();
            } catch (SQLException ignored) {
                // the connection is broken already; the pool replaces it
            }
        }
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("Cannot " + what + " in the outbox: " + e.getMessage(), e);
    }

    static String cut(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        return text.substring(0, length - 1) + "…";
    }

    static String headersText(Map<String, String> headers) {
        String text = StoredHeaders.text(headers);
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("The headers of an outbox message take more than " + MAX_TEXT
                    + " characters");
        }
        return text;
    }


    /**
     * A claimed batch: its messages, and the transaction in which their outcome is written. Closing a batch that
     * was not committed rolls it back, leaving every message as it was.
     */
    public static final class Batch implements AutoCloseable {

        private final Connection connection;
        private final List<OutboxMessage> messages;
        private boolean closed;
        private Savepoint beforeMarks;
        private Set<String> marked = Set.of();

        Batch(Connection connection, List<OutboxMessage> messages) {
            this.connection = connection;
            this.messages = List.copyOf(messages);
        }

        /** The messages claimed, oldest first. */
        public List<OutboxMessage> messages() {
            return messages;
        }

        /**
         * Marks messages sent ahead of their delivery, while the channel waits for the receiving side: the marks
         * stay only for the messages {@link #confirm(Collection, Instant) confirmed} delivered.
         */
        public void sentIfDelivered(Collection<String> ids, Instant at) {
            try {
                beforeMarks = connection.setSavepoint();
            } catch (SQLException e) {
                throw failure("mark a savepoint", e);
            }
            sent(ids, at);
            marked = Set.copyOf(ids);
        }

        /**
         * Keeps the marks of the messages delivered: if some marked ahead were not delivered, every mark is undone
         * and only the delivered ones are marked again.
         */
        public void confirm(Collection<String> delivered, Instant at) {
            if (beforeMarks != null && marked.size() == delivered.size() && marked.containsAll(delivered)) {
                return;
            }
            if (beforeMarks != null) {
                try {
                    connection.rollback(beforeMarks);
                } catch (SQLException e) {
                    throw failure("undo the marks of a batch", e);
                }
            }
            sent(delivered, at);
        }

        /** Marks messages sent, in one JDBC batch. */
        public void sent(Collection<String> ids, Instant at) {
            if (ids.isEmpty()) {
                return;
            }
            try (PreparedStatement s = connection.prepareStatement(
                    "UPDATE outbox_message SET status = ?, sent_at = ? WHERE id = ?")) {
                Timestamp time = Timestamp.from(at);
                for (String id : ids) {
                    s.setString(1, SENT);
                    s.setTimestamp(2, time);
                    s.setString(3, id);
                    s.addBatch();
                }
                s.executeBatch();
            } catch (SQLException e) {
                throw failure("mark " + ids.size() + " messages sent", e);
            }
        }

        /** Notes a refusal: the message is tried again at {@code next}. */
        public void later(String id, int attempts, Instant next, String reason) {
            update("UPDATE outbox_message SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?", s -> {
                s.setInt(1, attempts);
                s.setTimestamp(2, Timestamp.from(next));
                s.setString(3, cut(reason, MAX_TEXT));
                s.setString(4, id);
            }, id);
        }

        /** Notes a refusal for good: the message is dead (its dead letter is kept apart). */
        public void dead(String id, int attempts, String reason) {
            update("UPDATE outbox_message SET status = ?, attempts = ?, last_error = ? WHERE id = ?", s -> {
                s.setString(1, DEAD);
                s.setInt(2, attempts);
                s.setString(3, cut(reason, MAX_TEXT));
                s.setString(4, id);
            }, id);
        }

        /** Commits what was written and releases the claim. */
        public void commit() {
            try {
                connection.commit();
            } catch (SQLException e) {
                throw failure("commit a relayed batch", e);
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                OutboxStore.close(connection);
            }
        }

        private void update(String sql, Binder binder, String id) {
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                binder.bind(s);
                s.executeUpdate();
            } catch (SQLException e) {
                throw failure("update message " + id, e);
            }
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }
}
