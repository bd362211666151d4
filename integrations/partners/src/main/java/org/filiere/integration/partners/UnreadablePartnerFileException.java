package org.filiere.integration.partners;

/**
 * A partner's file refused whole: not in a known format, malformed, too large, nested too deep, of the wrong shape,
 * or referring to outside documents that are never fetched. Nothing of it was taken in; trying again cannot help.
 */
public class UnreadablePartnerFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadablePartnerFileException(String message) {
        super(message);
    }

    public UnreadablePartnerFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
