package org.filiere.directory.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.PublicRead;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.directory.PartnerPerson;
import org.filiere.directory.PartnerPersonDetails;
import org.filiere.privacy.PersonalDataKind;
import org.filiere.privacy.PersonalDataPlace;
import org.filiere.privacy.application.ReadsPersonalData;

/** People from partners' contact cards as a place of personal data, through {@link PartnerDirectoryService}. */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class PartnerPersonPersonalData implements PersonalDataPlace {

    private final PartnerDirectoryService partners;

    @Inject
    public PartnerPersonPersonalData(PartnerDirectoryService partners) {
        this.partners = partners;
    }

    /** For the CDI container's proxies. */
    protected PartnerPersonPersonalData() {
        this(null);
    }

    @Override
    @PublicRead
    public String name() {
        return "partners' contact persons";
    }

    @Override
    @ReadsPersonalData(PersonalDataKind.PARTNER_PEOPLE)
    public List<Map<String, String>> export(Actor actor, String email) {
        return partners.export(actor, email).people().stream().map(PartnerPersonPersonalData::record).toList();
    }

    @Override
    public int erase(Actor actor, String email) {
        List<PartnerPerson> found = partners.export(actor, email).people();
        found.forEach(p -> partners.erase(actor, p.id()));
        return found.size();
    }

    private static Map<String, String> record(PartnerPerson p) {
        PartnerPersonDetails d = p.details();
        Map<String, String> r = new LinkedHashMap<>();
        r.put("source", p.source().key());
        r.put("name", d.name());
        r.put("organisation", d.organisation());
        r.put("role", d.role());
        r.put("email", d.email().orElse(""));
        r.put("phone", d.phone().orElse(""));
        return r;
    }
}
