package org.filiere.portal.web;

/** A page for signed-in people reached by someone who is not (HTTP 401). */
public class NotSignedInException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The refusal. */
    public NotSignedInException() {
        super("Sign in to see this page");
    }
}
