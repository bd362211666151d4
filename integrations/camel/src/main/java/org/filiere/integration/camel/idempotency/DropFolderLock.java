package org.filiere.integration.camel.idempotency;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.spi.IdempotentRepository;

/**
 * The read lock of a drop folder shared by every node watching it, for a file endpoint's
 * {@code readLock=idempotent-changed}: a file's key in a leased database repository. A node releases only the keys it holds. Camel's idempotent read lock releases a file's key whenever
 * it fails to take the file, and that key is then the other node's, still importing it: released, the file would
 * be taken again by the next poll and imported twice at once. A node that stopped without releasing its key
 * leaves it to the lease: once the lease has passed, the next node to poll takes the file.
 */
public final class DropFolderLock implements IdempotentRepository {

    private final IdempotentRepository shared;
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    /** @param shared the repository of the keys in the database, with a lease */
    public DropFolderLock(IdempotentRepository shared) {
        this.shared = shared;
    }

    @Override
    public boolean add(String key) {
        if (shared.add(key)) {
            held.add(key);
            return true;
        }
        return false;
    }

    @Override
    public boolean contains(String key) {
        return shared.contains(key);
    }

    @Override
    public boolean remove(String key) {
        return held.remove(key) && shared.remove(key);
    }

    @Override
    public boolean confirm(String key) {
        return shared.confirm(key);
    }

    @Override
    public void clear() {
        held.forEach(this::remove);
    }

    @Override
    public void start() {
        shared.start();
    }

    @Override
    public void stop() {
        shared.stop();
    }
}
