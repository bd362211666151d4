package org.filiere.privacy;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the library holds about a person, for a request to see one's data: each place's records.
 *
 * @param email      the address asked about
 * @param exportedAt when the export was made
 * @param places     each place's records (places without any are left out), by place name
 */
public record PersonalDataExport(String email, Instant exportedAt, Map<String, List<Map<String, String>>> places) {

    public PersonalDataExport {
        places = Collections.unmodifiableMap(new LinkedHashMap<>(places));
    }

    /** Whether nothing at all is held about the person. */
    public boolean isEmpty() {
        return places.isEmpty();
    }
}
