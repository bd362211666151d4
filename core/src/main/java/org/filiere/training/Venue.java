package org.filiere.training;

import java.util.regex.Pattern;

import org.filiere.kernel.TextLimit;

/**
 * Where a session is held.
 *
 * @param name     the place (a member's premises, a meeting centre)
 * @param street   street line, if known
 * @param postcode five-digit postcode, if known
 * @param commune  the commune
 */
public record Venue(String name, String street, String postcode, String commune) {

    private static final Pattern POSTCODE = Pattern.compile("\\d{5}");

    public Venue {
        name = name == null ? "" : name.strip();
        street = street == null ? "" : street.strip();
        postcode = postcode == null ? "" : postcode.strip();
        commune = commune == null ? "" : commune.strip();
        if (name.isEmpty()) {
            throw new InvalidTrainingDataException("Venue in " + (commune.isEmpty() ? "an unnamed commune" : commune),
                    "name", "is missing");
        }
        if (commune.isEmpty()) {
            throw new InvalidTrainingDataException("Venue \"" + name + "\"", "commune", "is missing");
        }
        TextLimit.check("Venue", "name", name, TextLimit.SHORT);
        TextLimit.check("Venue \"" + name + "\"", "street", street, TextLimit.SHORT);
        TextLimit.check("Venue \"" + name + "\"", "commune", commune, TextLimit.SHORT);
        if (!postcode.isEmpty() && !POSTCODE.matcher(postcode).matches()) {
            throw new InvalidTrainingDataException("Venue \"" + name + "\"", "postcode \"" + postcode + "\"",
                    "is not valid: a French postcode has five digits");
        }
    }

    /** The venue on one line, as a calendar shows it: name, street, postcode and commune. */
    public String oneLine() {
        StringBuilder line = new StringBuilder(name);
        if (!street.isEmpty()) {
            line.append(", ").append(street);
        }
        line.append(", ").append(postcode.isEmpty() ? commune : postcode + " " + commune);
        return line.toString();
    }

    @Override
    public String toString() {
        return oneLine();
    }
}
