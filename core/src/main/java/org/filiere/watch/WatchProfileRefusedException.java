package org.filiere.watch;

import org.filiere.kernel.BusinessRefusal;
import org.filiere.member.MemberId;

/** A watch profile cannot be accepted as given; the message names the member, the field and the reason. */
public class WatchProfileRefusedException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public WatchProfileRefusedException(MemberId memberId, String field, String reason) {
        super("The watch profile of member " + memberId + " is refused (" + field + "): " + reason + ".");
    }
}
