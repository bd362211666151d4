package org.filiere.privacy;

import java.util.List;
import java.util.Optional;

/** The history of every consent, for every purpose, wherever it is stored: changes are added, never rewritten. */
public interface Consents {

    /** Adds a change to its consent's history. */
    void append(ConsentChange change);

    /** The latest change of the holder's consent for this purpose, if it ever gave one. */
    Optional<ConsentChange> latest(ConsentPurpose purpose, String holder);

    /** Every change of the holder's consents, oldest first. */
    List<ConsentChange> historyOf(String holder);

    /** How many consents of this purpose were given ({@code given}) or withdrawn, erased holders included. */
    long count(ConsentPurpose purpose, boolean given);

    /**
     * Replaces the holder in every change of their consents by a reference that names no one, keeping the changes.
     *
     * @return how many changes were anonymised
     */
    int anonymise(String holder, String replacement);

    /** Whether the consent for this purpose is in force: given, and not withdrawn since. */
    default boolean isGiven(ConsentPurpose purpose, String holder) {
        return latest(purpose, ConsentChange.holderOf(purpose, holder)).map(ConsentChange::given).orElse(false);
    }
}
