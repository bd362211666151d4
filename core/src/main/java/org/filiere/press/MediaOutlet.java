package org.filiere.press;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

import org.filiere.kernel.InvalidFieldException;
import org.filiere.kernel.TextLimit;

/**
 * A newspaper, magazine, radio, channel or web medium the association deals with.
 *
 * @param id      identity
 * @param name    its name
 * @param kind    what kind of media it is
 * @param website its web address, if any
 * @param version the stored version, for optimistic locking (0 until stored)
 */
public record MediaOutlet(MediaOutletId id, String name, MediaKind kind, Optional<URI> website, long version) {

    public MediaOutlet {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("A media outlet", "name", "is missing");
        }
        name = TextLimit.check("Media outlet \"" + name.strip() + "\"", "name", name.strip(), TextLimit.SHORT);
        if (kind == null) {
            throw new InvalidFieldException("Media outlet \"" + name + "\"", "kind", "is missing");
        }
        Objects.requireNonNull(website, "website");
    }
}
