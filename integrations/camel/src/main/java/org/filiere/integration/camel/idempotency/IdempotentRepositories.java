package org.filiere.integration.camel.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.filiere.persistence.Storage;

/**
 * Hands out the database idempotent repositories, one per name ({@code training-providers-files}, say), for
 * routes to use in {@code idempotentConsumer(...)} or a file endpoint's {@code idempotentRepository}.
 */
@ApplicationScoped
public class IdempotentRepositories {

    private final Storage storage;
    private final Clock clock;
    private final Map<String, DatabaseIdempotentRepository> repositories = new ConcurrentHashMap<>();
    private final Map<String, DropFolderLock> locks = new ConcurrentHashMap<>();

    @Inject
    public IdempotentRepositories(Storage storage, Clock clock) {
        this.storage = storage;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected IdempotentRepositories() {
        this(null, null);
    }

    /** The repository of this name. */
    public DatabaseIdempotentRepository named(String name) {
        return repositories.computeIfAbsent(name,
                n -> new DatabaseIdempotentRepository(storage.dataSource(), n, clock));
    }

    /**
     * The repository of this name whose keys are leases: a key older than {@code lease} is taken to be left by a
     * node that stopped, and is taken over (for a file endpoint's read lock, so that a file whose node died is
     * picked up again).
     */
    public DatabaseIdempotentRepository leased(String name, Duration lease) {
        return repositories.computeIfAbsent(name,
                n -> new DatabaseIdempotentRepository(storage.dataSource(), n, clock, Optional.of(lease)));
    }

    /**
     * The read lock of the drop folder of this name, for a file endpoint's {@code readLock=idempotent-changed}: keys
     * leased in the database (see {@link #leased(String, Duration)}), released only by the node that holds them
     * (see {@link DropFolderLock}). One lock per name on a node.
     */
    public DropFolderLock dropFolderLock(String name, Duration lease) {
        return locks.computeIfAbsent(name, n -> new DropFolderLock(leased(n, lease)));
    }

    /**
     * Forgets, in every repository, the items processed before this moment: one of them seen again afterwards is
     * processed again.
     *
     * @return how many keys were forgotten
     */
    public int purgeProcessedBefore(Instant cutoff) {
        try (Connection c = storage.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("DELETE FROM processed_item WHERE processed_at < ?")) {
            try {
                s.setTimestamp(1, Timestamp.from(cutoff));
                int count = s.executeUpdate();
                c.commit();
                return count;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot purge the processed items recorded before " + cutoff + ": "
                    + e.getMessage(), e);
        }
    }
}
