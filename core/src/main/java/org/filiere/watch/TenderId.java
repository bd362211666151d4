package org.filiere.watch;

import org.filiere.kernel.InvalidFieldException;

/**
 * A call for tender's identity: where it comes from and the id that source gives it. The same tender seen twice
 * from the same source is the same tender.
 *
 * @param source    the feed or origin ({@code ocds:ocds-213czf}, {@code decp}, {@code private})
 * @param reference the source's id of the tender
 */
public record TenderId(String source, String reference) {

    /** The source of the tenders staff enter by hand. */
    public static final String PRIVATE = "private";

    public TenderId {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("A tender id needs a source");
        }
        if (reference == null || reference.isBlank()) {
            throw new InvalidFieldException("A tender", "reference", "is missing");
        }
        source = source.strip();
        reference = reference.strip();
    }

    @Override
    public String toString() {
        return source + "/" + reference;
    }
}
