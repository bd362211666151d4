package org.filiere.integration.feeds;

/** A document that is not a news feed, or one so broken that nothing of it can be read; never worth trying again. */
public class UnreadableFeedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableFeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
