package org.filiere.speedmeeting;

/** The request cannot be answered any more: it expired, was declined, withdrawn, or already answered. */
public class RequestNoLongerOpenException extends MeetingRequestRefusedException {

    private static final long serialVersionUID = 1L;

    public RequestNoLongerOpenException(String message) {
        super(message);
    }
}
