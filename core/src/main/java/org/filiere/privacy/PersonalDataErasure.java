package org.filiere.privacy;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an erasure request did: how many records each place erased or anonymised.
 *
 * @param email    the address of the person erased
 * @param erasedAt when
 * @param erased   records erased, by place name (places that held nothing are left out)
 */
public record PersonalDataErasure(String email, Instant erasedAt, Map<String, Integer> erased) {

    public PersonalDataErasure {
        erased = Collections.unmodifiableMap(new LinkedHashMap<>(erased));
    }

    /** Records erased in every place together. */
    public int total() {
        return erased.values().stream().mapToInt(Integer::intValue).sum();
    }
}
