package org.filiere.member;

import org.filiere.kernel.BusinessRefusal;

/** A company applied while a member with its SIREN already exists. */
public class MemberAlreadyExistsException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public MemberAlreadyExistsException(MemberId id) {
        super("A member with SIREN " + id.value() + " already exists; a former member applies again instead.");
    }
}
