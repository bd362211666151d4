package org.filiere.member;

import org.filiere.kernel.BusinessRefusal;

/** A change to a membership that the membership rules do not allow; the message says which and why. */
public class MembershipRefusedException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public MembershipRefusedException(Member member, String attempted, String reason) {
        super("Member " + member.id() + " (" + member.name() + "): cannot " + attempted + ": " + reason + ".");
    }
}
