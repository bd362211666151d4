package org.filiere.integration.tenders.eforms;

import org.filiere.kernel.BusinessRefusal;

/** An XML file cannot be read (it is not well-formed XML); of a file of several notices, those before were read. */
public class UnreadableNoticeException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    private final String reason;

    /** @param reason why, in words ({@code it is not well-formed XML (...)}) */
    public UnreadableNoticeException(String reason, Throwable cause) {
        super("The notice cannot be read: " + reason + ".", cause);
        this.reason = reason;
    }

    /** Why, in words. */
    public String reason() {
        return reason;
    }
}
