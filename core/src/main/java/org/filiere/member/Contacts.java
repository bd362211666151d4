package org.filiere.member;

import java.util.List;
import java.util.Optional;

/** Contact persons at members: personal data, stored apart from members. */
public interface Contacts {

    Optional<ContactPerson> find(ContactId id);

    /** The contacts of one member, by name. */
    List<ContactPerson> ofMember(MemberId memberId);

    /** The contacts at any member with this e-mail address (case aside), by name. */
    List<ContactPerson> withEmail(String email);

    /**
     * Stores a new contact or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if the contact was changed since it was read
     */
    void save(ContactPerson contact);

    /** Erases a contact for good. Returns whether there was one. */
    boolean erase(ContactId id);
}
