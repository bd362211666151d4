package org.filiere.member.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.PublicRead;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.member.ContactPerson;
import org.filiere.member.Contacts;
import org.filiere.privacy.PersonalDataKind;
import org.filiere.privacy.PersonalDataPlace;
import org.filiere.privacy.application.ReadsPersonalData;

/** Members' contact persons as a place of personal data: found by e-mail, erased for good. */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class ContactPersonalData implements PersonalDataPlace {

    private final Contacts contacts;

    @Inject
    public ContactPersonalData(Contacts contacts) {
        this.contacts = contacts;
    }

    /** For the CDI container's proxies. */
    protected ContactPersonalData() {
        this(null);
    }

    @Override
    @PublicRead
    public String name() {
        return "member contacts";
    }

    @Override
    @ReadsPersonalData(PersonalDataKind.MEMBER_CONTACTS)
    public List<Map<String, String>> export(Actor actor, String email) {
        requireStaff(actor, "export members' contacts");
        return contacts.withEmail(email).stream().map(ContactPersonalData::record).toList();
    }

    @Override
    public int erase(Actor actor, String email) {
        requireStaff(actor, "erase members' contacts");
        int erased = 0;
        for (ContactPerson c : contacts.withEmail(email)) {
            erased += contacts.erase(c.id()) ? 1 : 0;
        }
        return erased;
    }

    /** Training speakers refer to a member's contact person by the contact's id. */
    @Override
    @PublicRead
    public boolean identifiesPeople() {
        return true;
    }

    private static Map<String, String> record(ContactPerson c) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("member", c.memberId().value());
        r.put("name", c.name());
        r.put("role", c.role());
        r.put("email", c.email());
        r.put("phone", c.phone());
        return r;
    }
}
