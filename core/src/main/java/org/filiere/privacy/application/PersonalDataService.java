package org.filiere.privacy.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.kernel.DomainEvents;
import org.filiere.kernel.InvalidFieldException;
import org.filiere.privacy.PersonReference;
import org.filiere.privacy.PersonalDataErased;
import org.filiere.privacy.PersonalDataErasure;
import org.filiere.privacy.PersonalDataExport;
import org.filiere.privacy.PersonalDataExported;
import org.filiere.privacy.PersonalDataKind;
import org.filiere.privacy.PersonalDataPlace;

/**
 * A person's data across the library, found by e-mail address: one export of every place that holds some, and one
 * erasure of all of it in a single transaction (a place that fails rolls every other back; the places other places
 * find the person through are erased last). Staff only; both are
 * published as events (and so reach the audit trail) with a reference to the person, never their address.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class PersonalDataService {

    private final List<PersonalDataPlace> places;
    private final DomainEvents events;
    private final Clock clock;

    @Inject
    public PersonalDataService(@Any Instance<PersonalDataPlace> places, DomainEvents events, Clock clock) {
        this(places.stream().toList(), events, clock);
    }

    /** Over the given places. */
    public PersonalDataService(List<PersonalDataPlace> places, DomainEvents events, Clock clock) {
        this.places = places == null ? List.of()
                : places.stream().sorted(Comparator.comparing(PersonalDataPlace::name)).toList();
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected PersonalDataService() {
        this((List<PersonalDataPlace>) null, null, null);
    }

    /** The places asked, by name. */
    public List<String> places() {
        requireStaff("see where personal data is kept");
        return places.stream().map(PersonalDataPlace::name).toList();
    }

    /** Everything held about the person with this address. */
    @ReadsPersonalData(PersonalDataKind.PERSON_EXPORT)
    public PersonalDataExport export(Actor actor, String email) {
        requireStaff(actor, "export a person's data");
        String key = key(email);
        Map<String, List<Map<String, String>>> found = new LinkedHashMap<>();
        for (PersonalDataPlace place : places) {
            List<Map<String, String>> records = place.export(actor, key);
            if (!records.isEmpty()) {
                found.put(place.name(), new ArrayList<>(records));
            }
        }
        events.publish(new PersonalDataExported(UUID.randomUUID(), clock.instant(), PersonReference.of(key),
                found.size(), found.values().stream().mapToInt(List::size).sum()));
        return new PersonalDataExport(key, clock.instant(), found);
    }

    /** Erases or anonymises the person everywhere, in one transaction. */
    public PersonalDataErasure erase(Actor actor, String email) {
        requireStaff(actor, "erase a person's data");
        String key = key(email);
        Map<String, Integer> erased = new LinkedHashMap<>();
        List<PersonalDataPlace> inOrder = places.stream()
                .sorted(Comparator.comparing(PersonalDataPlace::identifiesPeople)).toList();
        for (PersonalDataPlace place : inOrder) {
            int count = place.erase(actor, key);
            if (count > 0) {
                erased.put(place.name(), count);
            }
        }
        events.publish(new PersonalDataErased(UUID.randomUUID(), clock.instant(), PersonReference.of(key),
                erased.size(), erased.values().stream().mapToInt(Integer::intValue).sum()));
        return new PersonalDataErasure(key, clock.instant(), erased);
    }

    private static String key(String email) {
        String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!key.matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidFieldException("A personal data request", "e-mail", "is not an e-mail address: \""
                    + (email == null ? "" : email.strip()) + "\"");
        }
        return key;
    }
}
