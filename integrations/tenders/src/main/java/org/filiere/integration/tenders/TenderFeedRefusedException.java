package org.filiere.integration.tenders;

import org.filiere.kernel.BusinessRefusal;

/**
 * A feed file is not something the tender import reads (an XML notice, some other JSON): none of it was kept, and
 * the message names the formats it reads.
 */
public class TenderFeedRefusedException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public TenderFeedRefusedException(String file, String what) {
        super("The tender feed " + file + " is refused: it is " + what + "; " + FeedKind.READ + ".");
    }
}
