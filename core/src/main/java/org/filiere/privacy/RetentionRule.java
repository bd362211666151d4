package org.filiere.privacy;

import org.filiere.access.Actor;

/**
 * One rule of the retention job: a feature that keeps personal data for a limited time brings one bean per rule, and
 * {@code RetentionService} applies them all. Implementations check access and hold their own transaction.
 */
public interface RetentionRule {

    /** What the rule applies to, in a few words ("training registrations"...). */
    String name();

    /**
     * Erases, anonymises or purges what has outlived its retention period, as of now.
     *
     * @return how many records were affected; zero when run again at once
     */
    int apply(Actor actor);
}
