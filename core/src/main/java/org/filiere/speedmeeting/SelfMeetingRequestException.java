package org.filiere.speedmeeting;

/** A participant asked to meet themselves. */
public class SelfMeetingRequestException extends MeetingRequestRefusedException {

    private static final long serialVersionUID = 1L;

    public SelfMeetingRequestException(String message) {
        super(message);
    }
}
