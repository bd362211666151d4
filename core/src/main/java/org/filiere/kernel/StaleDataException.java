package org.filiere.kernel;

/**
 * Someone else changed a record between the moment it was read and the moment a change to it was saved.
 * Nothing was written; the caller should reload the record and decide again.
 */
public class StaleDataException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    private final String record;

    public StaleDataException(String record, String detail) {
        super(record + " was changed by someone else in the meantime; nothing was saved. Reload it and try again"
                + (detail == null || detail.isBlank() ? "." : " (" + detail + ")."));
        this.record = record;
    }

    public StaleDataException(String record, Throwable cause) {
        super(record + " was changed by someone else in the meantime; nothing was saved. Reload it and try again.",
                cause);
        this.record = record;
    }

    /** The record concerned, as a staff member would name it ({@code member 732829320}). */
    public String record() {
        return record;
    }
}
