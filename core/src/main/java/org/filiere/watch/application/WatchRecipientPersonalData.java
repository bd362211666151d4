package org.filiere.watch.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.PublicRead;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.kernel.DomainEvents;
import org.filiere.privacy.PersonalDataKind;
import org.filiere.privacy.PersonalDataPlace;
import org.filiere.privacy.application.ConsentPersonalData;
import org.filiere.privacy.application.ReadsPersonalData;
import org.filiere.watch.Digest;
import org.filiere.watch.Digests;
import org.filiere.watch.WatchProfile;
import org.filiere.watch.WatchProfileChanged;
import org.filiere.watch.WatchProfiles;

/**
 * The tender watch's recipients as a place of personal data: the members' profiles that send their digests to the
 * person, and the digests composed for them. The erasure takes the address out of the profiles, the other recipients
 * kept (a profile left with none stops matching; each change is published), and keeps the digests, with their tenders and counts, under a
 * reference that names no one.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class WatchRecipientPersonalData implements PersonalDataPlace {

    private final WatchProfiles profiles;
    private final Digests digests;
    private final DomainEvents events;
    private final Clock clock;

    @Inject
    public WatchRecipientPersonalData(WatchProfiles profiles, Digests digests, DomainEvents events, Clock clock) {
        this.profiles = profiles;
        this.digests = digests;
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected WatchRecipientPersonalData() {
        this(null, null, null, null);
    }

    @Override
    @PublicRead
    public String name() {
        return "tender watch recipients";
    }

    @Override
    @ReadsPersonalData(PersonalDataKind.WATCH_RECIPIENTS)
    public List<Map<String, String>> export(Actor actor, String email) {
        requireStaff(actor, "export a person's tender watch recipients");
        List<Map<String, String>> records = new ArrayList<>();
        profiles.namingRecipient(email).forEach(p -> records.add(record(p)));
        digests.namingRecipient(email).forEach(d -> records.add(record(d)));
        return records;
    }

    @Override
    public int erase(Actor actor, String email) {
        requireStaff(actor, "erase a person's tender watch recipients");
        int erased = 0;
        for (WatchProfile profile : profiles.namingRecipient(email)) {
            Optional<WatchProfileChanged> changed = profile.forgetRecipient(email, clock);
            if (changed.isPresent()) {
                profiles.save(profile);
                events.publish(changed.get());
                erased++;
            }
        }
        String reference = ConsentPersonalData.ERASED + UUID.randomUUID();
        for (Digest digest : digests.namingRecipient(email)) {
            if (digest.replaceRecipient(email, reference)) {
                digests.save(digest);
                erased++;
            }
        }
        return erased;
    }

    private static Map<String, String> record(WatchProfile p) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put("record", "watch profile");
        record.put("member", p.memberId().value());
        record.put("active", Boolean.toString(p.isActive()));
        return record;
    }

    private static Map<String, String> record(Digest d) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put("record", "digest");
        record.put("member", d.memberId().value());
        record.put("week", d.week().toString());
        record.put("sent", d.sentAt().map(Object::toString).orElse(""));
        return record;
    }
}
