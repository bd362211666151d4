package org.filiere.kernel;

/**
 * A value the association's records cannot take: it names the record, the field and the reason, as data and in its
 * message ({@code Event "Them@ IA": its title is 300 characters long; at most 255 are kept}).
 */
public class InvalidFieldException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    private final String record;
    private final String field;
    private final String reason;

    /**
     * @param record the record, as staff would name it ({@code Event "Them@ IA"})
     * @param field  the field refused ({@code title})
     * @param reason why, completing "its field ..." ({@code is 300 characters long; at most 255 are kept})
     */
    public InvalidFieldException(String record, String field, String reason) {
        super(record + ": its " + field + " " + reason);
        this.record = record;
        this.field = field;
        this.reason = reason;
    }

    /** The record that was refused. */
    public String record() {
        return record;
    }

    /** The field that was refused. */
    public String field() {
        return field;
    }

    /** Why the field was refused. */
    public String reason() {
        return reason;
    }
}
