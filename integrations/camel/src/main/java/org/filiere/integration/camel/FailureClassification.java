package org.filiere.integration.camel;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;

import org.apache.camel.http.base.HttpOperationFailedException;
import org.filiere.integration.camel.http.BodyTooLargeException;
import org.filiere.integration.camel.http.FetchRefusedException;
import org.filiere.kernel.StaleDataException;

/**
 * The one rule saying whether a failure may go away by itself, so that trying the item again later makes sense
 * (transient), or whether the item itself is at fault and trying again can only fail the same way (permanent).
 * Every integration's error handling asks it (see {@link IntegrationRouteBuilder}).
 *
 * <p>Transient: a refused or lost connection and other input/output failures, a timeout, an HTTP answer 5xx, 429
 * or 408, a {@link TransientFailureException}, a row changed by someone else meanwhile, and the database's lock
 * timeouts, deadlocks and serialization failures (SQLState {@code 40001}, {@code 40P01}, {@code 55P03}, Derby's
 * {@code 40XL1} and {@code 40XL2}, and lost connections, class {@code 08}).
 *
 * <p>Permanent: anything else, and in particular, even when the failure is also an {@link IOException}, a parse
 * error (Jackson's {@code JsonProcessingException}, badly encoded text), a body over its size limit, an HTTP answer
 * 4xx, and a business refusal or a validation error. When a failure's chain of causes holds both kinds, the
 * permanent one decides: a parse error stays a parse error however it was wrapped.
 */
public final class FailureClassification {

    /** What kind of failure it is. */
    public enum Kind {
        /** It may go away by itself: try again later. */
        TRANSIENT,
        /** The item is at fault: dead-letter it at once, never try again. */
        PERMANENT
    }

    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("40001", "40P01", "55P03", "40XL1", "40XL2");
    private static final String JACKSON_PARSE_ERROR = "com.fasterxml.jackson.core.JsonProcessingException";

    private FailureClassification() {
    }

    /** The kind of a failure, from the failure and its causes. */
    public static Kind of(Throwable failure) {
        boolean transientSeen = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (isPermanentCause(t)) {
                return Kind.PERMANENT;
            }
            transientSeen |= isTransientCause(t);
        }
        return transientSeen ? Kind.TRANSIENT : Kind.PERMANENT;
    }

    /** Whether trying again later makes sense. */
    public static boolean isTransient(Throwable failure) {
        return of(failure) == Kind.TRANSIENT;
    }

    private static boolean isPermanentCause(Throwable t) {
        if (t instanceof HttpOperationFailedException http) {
            return !transientStatus(http.getStatusCode()) && http.getStatusCode() >= 400 && http.getStatusCode() < 500;
        }
        return isJacksonParseError(t) || t instanceof CharacterCodingException || t instanceof BodyTooLargeException
                || t instanceof FetchRefusedException;
    }

    private static boolean isTransientCause(Throwable t) {
        if (t instanceof HttpOperationFailedException http) {
            return transientStatus(http.getStatusCode());
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            if (TRANSIENT_SQL_STATES.contains(state) || state.startsWith("08")) {
                return true;
            }
        }
        return t instanceof TransientFailureException || t instanceof IOException || t instanceof TimeoutException
                || t instanceof SQLTransientException || t instanceof LockTimeoutException
                || t instanceof PessimisticLockException || t instanceof StaleDataException;
    }

    /** Whether an HTTP status says the server may answer otherwise later: 5xx, 429 (too many requests), 408. */
    public static boolean transientStatus(int status) {
        return status >= 500 || status == 429 || status == 408;
    }

    private static boolean isJacksonParseError(Throwable t) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals(JACKSON_PARSE_ERROR)) {
                return true;
            }
        }
        return false;
    }
}
