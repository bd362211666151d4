package org.filiere.directory;

import java.util.Locale;

import org.filiere.kernel.TextLimit;

/**
 * Where a partner's organisation or event is, as the partner wrote it: every part may be missing.
 *
 * @param street   street line(s)
 * @param postcode postal code
 * @param locality town
 * @param country  country code or name
 */
public record PartnerAddress(String street, String postcode, String locality, String country) {

    public PartnerAddress {
        street = TextLimit.check("A partner's address", "street", clean(street), TextLimit.SHORT);
        postcode = TextLimit.check("A partner's address", "postcode", clean(postcode), 20);
        locality = TextLimit.check("A partner's address", "locality", clean(locality), TextLimit.SHORT);
        country = TextLimit.check("A partner's address", "country", clean(country), 100);
    }

    /** No address at all. */
    public static PartnerAddress unknown() {
        return new PartnerAddress("", "", "", "");
    }

    /** Whether nothing is known of it. */
    public boolean isUnknown() {
        return street.isEmpty() && postcode.isEmpty() && locality.isEmpty() && country.isEmpty();
    }

    /**
     * Whether it is in a place named by a member: a department (two or three digits, the start of a French
     * postcode), a postcode, or a town (case and accents aside).
     */
    public boolean isIn(String place) {
        String wanted = place == null ? "" : place.strip();
        if (wanted.isEmpty()) {
            return true;
        }
        if (wanted.chars().allMatch(Character::isDigit)) {
            return postcode.startsWith(wanted);
        }
        return fold(locality).equals(fold(wanted));
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('-', ' ').strip();
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(street);
        String town = (postcode + " " + locality).strip();
        if (!town.isEmpty()) {
            text.append(text.length() > 0 ? ", " : "").append(town);
        }
        return text.toString();
    }
}
