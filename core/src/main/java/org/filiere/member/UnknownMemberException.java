package org.filiere.member;

import org.filiere.kernel.NotFoundException;

/** No member has the SIREN given. */
public class UnknownMemberException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public UnknownMemberException(MemberId id) {
        super("member with SIREN " + id.value());
    }
}
