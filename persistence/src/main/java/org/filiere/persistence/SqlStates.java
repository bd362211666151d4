package org.filiere.persistence;

import java.sql.SQLException;

/** Reading the standard SQL states out of a persistence failure, the same on Derby and PostgreSQL. */
public final class SqlStates {

    private static final String UNIQUE_VIOLATION = "23505";

    private SqlStates() {
    }

    /** Whether the failure, or one of its causes, is a unique or primary key violation. */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
