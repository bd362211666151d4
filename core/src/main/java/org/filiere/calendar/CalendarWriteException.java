package org.filiere.calendar;

/** The calendar could not be written: a fault of the library, not of the data. */
public class CalendarWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CalendarWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
