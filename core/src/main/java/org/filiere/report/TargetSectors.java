package org.filiere.report;

import java.util.Set;

/**
 * The sector families the association sets out to represent, against which its members' sectors are read
 * (representativity).
 *
 * @param familyKeys the families' keys ({@code software-publishing}, {@code it-services})
 */
public record TargetSectors(Set<String> familyKeys) {

    public TargetSectors {
        familyKeys = Set.copyOf(familyKeys);
    }

    public boolean includes(String familyKey) {
        return familyKeys.contains(familyKey);
    }
}
