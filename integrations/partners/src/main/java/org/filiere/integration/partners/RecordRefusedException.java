package org.filiere.integration.partners;

/** One record of a partner's file cannot be taken in: a field of the wrong type, or a value that cannot be read. */
class RecordRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RecordRefusedException(String message) {
        super(message);
    }
}
