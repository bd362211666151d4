package org.filiere.integration.camel;

/**
 * A failure that may go away by itself (a partner system answering 503, say): the integration's error handling
 * tries the item again with growing waits before sending it to the dead letters.
 */
public class TransientFailureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TransientFailureException(String message) {
        super(message);
    }

    public TransientFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
