package org.filiere.event;

import org.filiere.training.Participant;

/**
 * What remains of a person once their personal data is erased: no name, no e-mail address, no organisation, no
 * contact record; the member they worked for stays, because it is the member's record, not theirs.
 */
public final class Erasure {

    /** The name an erased person is shown under. */
    public static final String ERASED_NAME = Participant.ERASED_NAME;

    private Erasure() {
    }

    /**
     * The participant with their personal data removed.
     *
     * @param tag a stable tag that keeps erased people apart (the record's id)
     */
    public static Participant erased(Participant participant, String tag) {
        return participant.erased(tag);
    }
}
