package org.filiere.integration.camel.idempotency;

/**
 * Another caller claimed one of the same keys while this one was claiming them; its claim committed first. The
 * caller's transaction must roll back, and claiming again finds those keys recorded.
 */
public class ClaimedMeanwhileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ClaimedMeanwhileException(String repository, Throwable cause) {
        super("Another node claimed some of the same items in idempotent repository " + repository
                + " at the same moment", cause);
    }
}
