package org.filiere.integration.tenders;

/** A feed file cannot be read at all (not JSON, or neither OCDS nor DECP); none of it was kept. */
public class UnreadableFeedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableFeedException(String file, String reason, Throwable cause) {
        super("The tender feed " + file + " cannot be read: " + reason + ".", cause);
    }
}
