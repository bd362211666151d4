package org.filiere.access;

import org.filiere.kernel.BusinessRefusal;

/**
 * The actor may not do what they asked. The message names the action and who may do it, never whether the record
 * they asked about exists.
 */
public class AccessRefusedException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public AccessRefusedException(Actor actor, String action, String whoMay) {
        super(actor.name() + " may not " + action + ": only " + whoMay + " may.");
    }

    /** Nobody is known to be acting. */
    public AccessRefusedException(String action, String whoMay) {
        super("Someone not signed in may not " + action + ": only " + whoMay + " may.");
    }
}
