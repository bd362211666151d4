package org.filiere.access;

import org.filiere.kernel.BusinessRefusal;

/** The actor may not do what they asked. */
public class AccessRefusedException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public AccessRefusedException(Actor actor, String action, String whoMay) {
        super(actor.name() + " may not " + action + ": only " + whoMay + " may.");
    }
}
