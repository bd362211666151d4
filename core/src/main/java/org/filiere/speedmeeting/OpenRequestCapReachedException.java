package org.filiere.speedmeeting;

/** The sender already has as many requests waiting for an answer as the cap allows. */
public class OpenRequestCapReachedException extends MeetingRequestRefusedException {

    private static final long serialVersionUID = 1L;

    public OpenRequestCapReachedException(String message) {
        super(message);
    }
}
