package org.filiere.privacy;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one run of the retention rules did.
 *
 * @param appliedAt when the rules ran
 * @param affected  how many records each rule erased, anonymised or purged, by rule name, every rule listed
 */
public record RetentionReport(Instant appliedAt, Map<String, Integer> affected) {

    public RetentionReport {
        Objects.requireNonNull(appliedAt, "appliedAt");
        affected = Collections.unmodifiableMap(new LinkedHashMap<>(affected));
    }

    /** How many records the run affected in all. */
    public int total() {
        return affected.values().stream().mapToInt(Integer::intValue).sum();
    }
}
