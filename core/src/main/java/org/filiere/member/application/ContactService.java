package org.filiere.member.application;

import static org.filiere.access.AccessPolicy.requireStaffOrOwner;
import static org.filiere.access.AccessPolicy.requireStaffOrRepresentativeOf;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.kernel.NotFoundException;
import org.filiere.kernel.StaleDataException;
import org.filiere.member.ContactId;
import org.filiere.member.ContactPerson;
import org.filiere.member.Contacts;
import org.filiere.member.MemberId;
import org.filiere.member.Members;
import org.filiere.privacy.PersonalDataKind;
import org.filiere.privacy.application.ReadsPersonalData;

/**
 * Contact persons at members. They are personal data: a member's representative or staff may export them and
 * erase them on request.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class ContactService {

    private final Contacts contacts;
    private final Members members;
    private final Clock clock;

    @Inject
    public ContactService(Contacts contacts, Members members, Clock clock) {
        this.contacts = contacts;
        this.members = members;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected ContactService() {
        this(null, null, null);
    }

    /**
     * Records a contact person at a member.
     *
     * @return the new contact's id
     */
    public ContactId add(Actor actor, MemberId memberId, String name, String role, String email, String phone) {
        requireStaffOrRepresentativeOf(actor, memberId.value(), "record a contact person");
        members.get(memberId);
        ContactId id = ContactId.random();
        contacts.save(new ContactPerson(id, memberId, name, role, email, phone, 0));
        return id;
    }

    /** Corrects a contact person's details, refusing the change if someone changed them since {@code expectedVersion}. */
    public void update(Actor actor, ContactId id, long expectedVersion, String name, String role, String email,
            String phone) {
        Optional<ContactPerson> found = contacts.find(id);
        requireStaffOrOwner(actor, found.map(c -> c.memberId().value()), "change a contact person");
        ContactPerson current = found.orElseThrow(() -> new NotFoundException("contact person " + id));
        if (current.version() != expectedVersion) {
            throw new StaleDataException("contact person " + current.name(),
                    "you read version " + expectedVersion + ", it is now at version " + current.version());
        }
        contacts.save(new ContactPerson(id, current.memberId(), name, role, email, phone, current.version()));
    }

    @ReadsPersonalData(PersonalDataKind.MEMBER_CONTACTS)
    public List<ContactPerson> ofMember(Actor actor, MemberId memberId) {
        requireStaffOrRepresentativeOf(actor, memberId.value(), "see a member's contact persons");
        return contacts.ofMember(memberId);
    }

    /** Everything held about a member's contact persons, for a request to see one's personal data. */
    @ReadsPersonalData(PersonalDataKind.MEMBER_CONTACTS)
    public PersonalDataExport export(Actor actor, MemberId memberId) {
        requireStaffOrRepresentativeOf(actor, memberId.value(), "export a member's personal data");
        return new PersonalDataExport(memberId, clock.instant(), contacts.ofMember(memberId));
    }

    /** Erases a contact person for good, on request. */
    public void erase(Actor actor, ContactId id) {
        Optional<ContactPerson> found = contacts.find(id);
        requireStaffOrOwner(actor, found.map(c -> c.memberId().value()), "erase a contact person");
        found.orElseThrow(() -> new NotFoundException("contact person " + id));
        contacts.erase(id);
    }
}
