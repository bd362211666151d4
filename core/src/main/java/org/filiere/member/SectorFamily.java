package org.filiere.member;

/**
 * A family of activities the association reports on ("software publishing", "IT services"...), derived from
 * the NAF code by {@link SectorFamilies}.
 *
 * @param key   a stable key ({@code software-publishing})
 * @param label the name shown to people
 */
public record SectorFamily(String key, String label) {

    /** The family of members whose code no configured family covers. */
    public static final SectorFamily OTHER = new SectorFamily("other", "Other activities");

    @Override
    public String toString() {
        return label;
    }
}
