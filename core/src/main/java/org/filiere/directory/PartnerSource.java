package org.filiere.directory;

import java.util.regex.Pattern;

import org.filiere.kernel.InvalidFieldException;

/**
 * Where partner data comes from: a partner cluster's directory or calendar, named by a short key the association
 * chooses ({@code pole-sce}, {@code minalogic}). Records are unique within their source.
 *
 * @param key lower-case letters, digits and hyphens, 1 to 60 characters
 */
public record PartnerSource(String key) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public PartnerSource {
        if (key == null || key.length() > 60 || !KEY.matcher(key).matches()) {
            throw new InvalidFieldException("A partner source", "key",
                    "\"" + key + "\" is not lower-case words joined by hyphens of at most 60 characters");
        }
    }

    @Override
    public String toString() {
        return key;
    }
}
