package org.filiere.persistence;

import java.io.OutputStream;

/** Where an in-memory Derby's engine log goes when nobody asked for it: nowhere. */
public final class DerbyLog {

    private DerbyLog() {
    }

    /** Named by {@code derby.stream.error.method}. */
    public static OutputStream discard() {
        return OutputStream.nullOutputStream();
    }
}
