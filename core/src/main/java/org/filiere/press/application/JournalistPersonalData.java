package org.filiere.press.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.PublicRead;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.press.Journalist;
import org.filiere.privacy.PersonalDataKind;
import org.filiere.privacy.PersonalDataPlace;
import org.filiere.privacy.application.ReadsPersonalData;

/** Journalists as a place of personal data, through {@link MediaService}: erasure takes them off every list too. */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class JournalistPersonalData implements PersonalDataPlace {

    private final MediaService media;

    @Inject
    public JournalistPersonalData(MediaService media) {
        this.media = media;
    }

    /** For the CDI container's proxies. */
    protected JournalistPersonalData() {
        this(null);
    }

    @Override
    @PublicRead
    public String name() {
        return "journalists";
    }

    @Override
    @ReadsPersonalData(PersonalDataKind.JOURNALISTS)
    public List<Map<String, String>> export(Actor actor, String email) {
        PressPersonalDataExport export = media.export(actor, email);
        String lists = String.join(", ", export.lists());
        return export.journalists().stream().map(j -> record(j, lists)).toList();
    }

    @Override
    public int erase(Actor actor, String email) {
        List<Journalist> found = media.export(actor, email).journalists();
        found.forEach(j -> media.erase(actor, j.id()));
        return found.size();
    }

    private static Map<String, String> record(Journalist j, String lists) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("name", j.name());
        r.put("email", j.email());
        r.put("phone", j.phone());
        r.put("beat", j.beat());
        r.put("lists", lists);
        return r;
    }
}
