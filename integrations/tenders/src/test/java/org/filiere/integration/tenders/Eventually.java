package org.filiere.integration.tenders;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits, for a bounded time, for what routes do in their own threads. */
final class Eventually {

    private Eventually() {
    }

    static void await(Duration limit, BooleanSupplier condition) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Still not so after " + limit);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted", e);
            }
        }
    }
}
