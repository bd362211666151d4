package org.filiere.privacy;

import java.util.List;
import java.util.Map;

import org.filiere.access.Actor;

/**
 * One place where a feature keeps data about people, found by their e-mail address: a feature brings one bean per
 * place, and {@code PersonalDataService} asks every place at once. Implementations check access themselves too.
 */
public interface PersonalDataPlace {

    /** What the place holds, in a few words ("member contacts", "event registrations"...). */
    String name();

    /** Every record the place holds about the person, each as field names and values, in a stable order. */
    List<Map<String, String>> export(Actor actor, String email);

    /**
     * Erases or anonymises every record the place holds about the person, keeping what the yearly figures count.
     *
     * @return how many records were erased or anonymised
     */
    int erase(Actor actor, String email);

    /**
     * Whether other places find the person through this one (a member's contact person, whom a training speaker
     * refers to by id): an erasure reaches such a place after every other, so that they still find the person.
     */
    default boolean identifiesPeople() {
        return false;
    }
}
