package org.filiere.techwatch.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.PublicRead;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.privacy.PersonalDataKind;
import org.filiere.privacy.PersonalDataPlace;
import org.filiere.privacy.application.ReadsPersonalData;
import org.filiere.techwatch.LetterSubscriber;

/** The technology letter's subscribers as a place of personal data, through {@link SubscriberService}. */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class SubscriberPersonalData implements PersonalDataPlace {

    private final SubscriberService subscribers;

    @Inject
    public SubscriberPersonalData(SubscriberService subscribers) {
        this.subscribers = subscribers;
    }

    /** For the CDI container's proxies. */
    protected SubscriberPersonalData() {
        this(null);
    }

    @Override
    @PublicRead
    public String name() {
        return "technology letter subscribers";
    }

    @Override
    @ReadsPersonalData(PersonalDataKind.LETTER_SUBSCRIBERS)
    public List<Map<String, String>> export(Actor actor, String email) {
        return subscribers.export(actor, email).subscriber().map(SubscriberPersonalData::record).stream().toList();
    }

    @Override
    public int erase(Actor actor, String email) {
        var found = subscribers.export(actor, email).subscriber();
        found.ifPresent(s -> subscribers.erase(actor, s.id()));
        return found.isPresent() ? 1 : 0;
    }

    private static Map<String, String> record(LetterSubscriber s) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("name", s.name());
        r.put("email", s.email());
        r.put("consented", s.consentedAt().toString());
        r.put("withdrawn", s.withdrawnAt().map(Object::toString).orElse(""));
        return r;
    }
}
