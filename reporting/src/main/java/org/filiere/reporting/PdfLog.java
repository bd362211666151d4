package org.filiere.reporting;

import java.util.logging.Level;
import java.util.logging.Logger;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/**
 * Sends openhtmltopdf's messages to java.util.logging under their own names ({@code com.openhtmltopdf.load}...),
 * with no console handler of its own, so that the embedding application's logging settings decide what shows.
 */
final class PdfLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        Logger.getLogger(where).log(level, message);
    }

    @Override
    public void log(String where, Level level, String message, Throwable failure) {
        Logger.getLogger(where).log(level, message, failure);
    }

    @Override
    public void setLevel(String logger, Level level) {
        Logger.getLogger(logger).setLevel(level);
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return Logger.getLogger(diagnostic.getLogMessageId().getWhere()).isLoggable(diagnostic.getLevel());
    }
}
