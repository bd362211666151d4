package org.filiere.kernel;

/**
 * A request the association's rules refuse. The message says what was refused and why, in words a staff
 * member understands; subclasses say which rule.
 */
public abstract class BusinessRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected BusinessRefusal(String message) {
        super(message);
    }

    protected BusinessRefusal(String message, Throwable cause) {
        super(message, cause);
    }
}
