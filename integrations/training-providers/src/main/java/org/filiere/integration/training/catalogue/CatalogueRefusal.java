package org.filiere.integration.training.catalogue;

import java.io.Serializable;
import java.util.Objects;

/**
 * Why a record of a catalogue was refused, as data: the record as messages name it, the field, and the reason.
 *
 * @param record the record ({@code Course formation F-1, action A-1}, {@code Course C-2 (line 4)})
 * @param field  the field refused, possibly within a part of the record ({@code title},
 *               {@code Session 32228438100017/S1 in the catalogue: course}); empty when the record is refused whole
 * @param reason why, in words a staff member understands ({@code is missing})
 */
public record CatalogueRefusal(String record, String field, String reason) implements Serializable {

    public CatalogueRefusal {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    /** The refusal as one sentence: record, field and reason. */
    public String message() {
        return record + ": " + (field.isEmpty() ? "" : field + " ") + reason + (reason.endsWith(".") ? "" : ".");
    }
}
