package org.filiere.directory.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.PublicRead;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.directory.PartnerListing;
import org.filiere.directory.PartnerListings;
import org.filiere.privacy.PersonalDataKind;
import org.filiere.privacy.PersonalDataPlace;
import org.filiere.privacy.application.ReadsPersonalData;
import org.filiere.programme.PartnerContact;
import org.filiere.programme.PartnerOrganisation;
import org.filiere.programme.PartnerOrganisations;

/**
 * The contacts of partners as a place of personal data: the partner organisations whose contact person has the
 * address, and the partners' listings that give it as their e-mail. The erasure clears the contact's name, address
 * and phone (the organisation keeps a contact naming no one) and the listing's address and telephone, and keeps the
 * organisations and listings. A listing read again from a partner's directory that still gives the address gets it
 * back: the partner answers for its own directory.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class PartnerContactPersonalData implements PersonalDataPlace {

    private final PartnerOrganisations organisations;
    private final PartnerListings listings;
    private final Clock clock;

    @Inject
    public PartnerContactPersonalData(PartnerOrganisations organisations, PartnerListings listings, Clock clock) {
        this.organisations = organisations;
        this.listings = listings;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected PartnerContactPersonalData() {
        this(null, null, null);
    }

    @Override
    @PublicRead
    public String name() {
        return "partner contacts";
    }

    @Override
    @ReadsPersonalData(PersonalDataKind.PARTNER_CONTACTS)
    public List<Map<String, String>> export(Actor actor, String email) {
        requireStaff(actor, "export a person's partner contacts");
        List<Map<String, String>> records = new ArrayList<>();
        organisations.withContactEmail(email).forEach(o -> records.add(record(o)));
        listings.withEmail(email).forEach(l -> records.add(record(l)));
        return records;
    }

    @Override
    public int erase(Actor actor, String email) {
        requireStaff(actor, "erase a person's partner contacts");
        int erased = 0;
        for (PartnerOrganisation organisation : organisations.withContactEmail(email)) {
            organisations.save(organisation.withoutContact());
            erased++;
        }
        for (PartnerListing listing : listings.withEmail(email)) {
            listings.save(listing.withoutContact(clock));
            erased++;
        }
        return erased;
    }

    private static Map<String, String> record(PartnerOrganisation o) {
        PartnerContact c = o.contact();
        Map<String, String> record = new LinkedHashMap<>();
        record.put("record", "partner organisation");
        record.put("organisation", o.name());
        record.put("name", c.name());
        record.put("email", c.email());
        record.put("phone", c.phone());
        return record;
    }

    private static Map<String, String> record(PartnerListing l) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put("record", "partner listing");
        record.put("source", l.source().key());
        record.put("organisation", l.details().name());
        record.put("email", l.details().email().orElse(""));
        record.put("phone", l.details().telephone().orElse(""));
        return record;
    }
}
