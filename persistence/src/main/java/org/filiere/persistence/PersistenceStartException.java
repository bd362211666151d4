package org.filiere.persistence;

/** The library's storage could not be started: bad settings, unreachable database, failed migration. */
public class PersistenceStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PersistenceStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
