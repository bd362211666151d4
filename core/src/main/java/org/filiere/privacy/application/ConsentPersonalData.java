package org.filiere.privacy.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.filiere.access.Actor;
import org.filiere.access.ActorId;
import org.filiere.access.PublicRead;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.privacy.ConsentChange;
import org.filiere.privacy.Consents;
import org.filiere.privacy.PersonalDataKind;
import org.filiere.privacy.PersonalDataPlace;

/**
 * A person's consents as a place of personal data: the export lists every giving and withdrawal; the erasure keeps
 * them (so that the counts of consents stay right) under a reference that names no one.
 */
@ApplicationScoped
@BindsCurrentActor
public class ConsentPersonalData implements PersonalDataPlace {

    /** What an erased holder's consents are kept under, followed by a random id. */
    public static final String ERASED = "erased:";

    private final Consents consents;

    @Inject
    public ConsentPersonalData(Consents consents) {
        this.consents = consents;
    }

    /** For the CDI container's proxies. */
    protected ConsentPersonalData() {
        this(null);
    }

    @Override
    @PublicRead
    public String name() {
        return "consents";
    }

    @Override
    @ReadsPersonalData(PersonalDataKind.CONSENTS)
    public List<Map<String, String>> export(Actor actor, String email) {
        requireStaff(actor, "export a person's consents");
        return consents.historyOf(email).stream().map(ConsentPersonalData::record).toList();
    }

    @Override
    public int erase(Actor actor, String email) {
        requireStaff(actor, "erase a person's consents");
        return consents.anonymise(email, ERASED + UUID.randomUUID());
    }

    private static Map<String, String> record(ConsentChange c) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put("purpose", c.purpose().name());
        record.put("change", c.given() ? "given" : "withdrawn");
        record.put("at", c.at().toString());
        record.put("means", c.means().name());
        record.put("recordedBy", c.by().map(ActorId::value).orElse(""));
        return record;
    }
}
