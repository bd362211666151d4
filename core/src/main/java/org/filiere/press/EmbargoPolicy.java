package org.filiere.press;

import java.time.Instant;
import java.util.Optional;

/**
 * When a press release may leave the association: not before its embargo (a date and time); a release without an
 * embargo may leave as soon as it is published.
 */
public final class EmbargoPolicy {

    private EmbargoPolicy() {
    }

    /** Whether the embargo is lifted at this moment. */
    public static boolean isLifted(Optional<Instant> embargo, Instant now) {
        return embargo.map(e -> !now.isBefore(e)).orElse(true);
    }
}
