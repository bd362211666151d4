package org.filiere.integration.training;

import java.util.List;
import java.util.Objects;

/**
 * The fields a catalogue left out of a record it still imports, because its standard makes them optional.
 *
 * @param record the record, as messages name it ({@code Course formation F-1, action A-1})
 * @param fields what was left out, and how the record was taken without it
 */
public record RecordGaps(String record, List<String> fields) {

    public RecordGaps {
        Objects.requireNonNull(record, "record");
        fields = List.copyOf(fields);
    }

    /** Whether anything was left out. */
    public boolean any() {
        return !fields.isEmpty();
    }

    @Override
    public String toString() {
        return record + " left out " + String.join("; ", fields);
    }
}
