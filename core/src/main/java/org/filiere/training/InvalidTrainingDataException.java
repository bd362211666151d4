package org.filiere.training;

import org.filiere.kernel.BusinessRefusal;

/**
 * A course, session, speaker or participant given with a value that cannot be accepted. The message names the
 * record, the field and the reason.
 */
public class InvalidTrainingDataException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    private final String record;
    private final String field;
    private final String reason;

    public InvalidTrainingDataException(String record, String field, String reason) {
        super(record + ": " + field + " " + reason + ".");
        this.record = record;
        this.field = field;
        this.reason = reason;
    }

    /** The record refused ({@code Course "Cybersecurity"}, {@code Session 32228438100017/S1 in the catalogue}). */
    public String record() {
        return record;
    }

    /** Why the field was refused ({@code must be between 1 and 10000 seats, not 0}). */
    public String reason() {
        return reason;
    }

    /** The field that was refused ({@code capacity}). */
    public String field() {
        return field;
    }
}
