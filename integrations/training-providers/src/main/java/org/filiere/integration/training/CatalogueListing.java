package org.filiere.integration.training;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.filiere.integration.training.catalogue.CatalogueCourse;
import org.filiere.member.Siret;

/**
 * The courses a catalogue lists, per training organisation, gathered while the file streams (ids only, so that a
 * large catalogue stays small here). A course that could not be imported still counts as listed: the organisation
 * offers it. An organisation the file names with a course without an id is left out, as the file may list any of
 * its courses; so is a SIRET that is not valid. A record skipped unread may belong to any organisation: the file
 * then lists no organisation in full.
 */
final class CatalogueListing {

    private final Map<Siret, Set<String>> listed = new LinkedHashMap<>();
    private final Set<Siret> unidentified = new HashSet<>();
    private boolean unreadRecord;

    void add(CatalogueCourse course) {
        if (!course.unreadable().isEmpty()) {
            unreadRecord = true;
            return;
        }
        if (!Siret.isValid(course.providerSiret())) {
            return;
        }
        Siret provider = Siret.parse(course.providerSiret());
        if (course.courseId().isEmpty()) {
            unidentified.add(provider);
        } else {
            listed.computeIfAbsent(provider, p -> new HashSet<>()).add(course.courseId());
        }
    }

    /** Each organisation whose courses the file lists in full, with the ids of those courses. */
    Map<Siret, Set<String>> complete() {
        if (unreadRecord) {
            return Map.of();
        }
        Map<Siret, Set<String>> complete = new LinkedHashMap<>(listed);
        complete.keySet().removeAll(unidentified);
        return complete;
    }

    /** The organisations left out because the file names one of their courses without an id. */
    Set<Siret> incomplete() {
        if (unreadRecord) {
            return Set.copyOf(listed.keySet());
        }
        return Set.copyOf(unidentified);
    }
}
