package org.filiere.integration.tenders;

import org.filiere.kernel.BusinessRefusal;

/**
 * A feed file or entry cannot be read (it is not JSON, or is cut short): of a file, the entries before the damage
 * were kept.
 */
public class UnreadableFeedException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public UnreadableFeedException(String file, String reason, Throwable cause) {
        super("The tender feed " + file + " cannot be read: " + reason + ".", cause);
    }
}
