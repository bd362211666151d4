package org.filiere.speedmeeting;

/** The two participants already have a request between them, in one direction or the other. */
public class DuplicateMeetingRequestException extends MeetingRequestRefusedException {

    private static final long serialVersionUID = 1L;

    public DuplicateMeetingRequestException(String message) {
        super(message);
    }
}
