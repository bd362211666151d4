package org.filiere.member;

import org.filiere.kernel.BusinessRefusal;

/** An identifier (SIREN, SIRET, NAF code, postcode...) that cannot be accepted; the message quotes it. */
public class InvalidIdentifierException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String raw;

    public InvalidIdentifierException(String kind, String raw, String reason) {
        super(kind + " \"" + raw + "\" is not valid: " + reason + ".");
        this.kind = kind;
        this.raw = raw;
    }

    /** What kind of identifier it was meant to be ({@code SIRET}). */
    public String kind() {
        return kind;
    }

    /** The value as it was given. */
    public String raw() {
        return raw;
    }
}
