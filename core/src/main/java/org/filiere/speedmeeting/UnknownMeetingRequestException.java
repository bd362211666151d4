package org.filiere.speedmeeting;

import org.filiere.kernel.NotFoundException;

/** The speed-meeting has no meeting request with the id given. */
public class UnknownMeetingRequestException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public UnknownMeetingRequestException(MeetingId id, String event) {
        super("meeting request " + id + " in the " + event);
    }
}
