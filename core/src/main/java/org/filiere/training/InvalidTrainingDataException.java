package org.filiere.training;

import org.filiere.kernel.BusinessRefusal;

/**
 * A course, session, speaker or participant given with a value that cannot be accepted. The message names the
 * record, the field and the reason.
 */
public class InvalidTrainingDataException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidTrainingDataException(String record, String field, String reason) {
        super(record + ": " + field + " " + reason + ".");
        this.field = field;
    }

    /** The field that was refused ({@code capacity}). */
    public String field() {
        return field;
    }
}
