package org.filiere.programme;

import java.util.List;
import java.util.stream.Collectors;

import org.filiere.member.SectorFamily;

/**
 * Eligible: members whose sector family, from their NAF code, is one of those named.
 *
 * @param families the sector families admitted
 */
public record SectorPolicy(List<SectorFamily> families) implements EligibilityPolicy {

    public SectorPolicy {
        if (families == null || families.isEmpty()) {
            throw new ProgrammeRefusedException("A sector rule needs at least one sector family");
        }
        families = List.copyOf(families);
    }

    @Override
    public Eligibility assess(Candidate candidate) {
        if (families.contains(candidate.sector())) {
            return Eligibility.eligible();
        }
        return Eligibility.refusedBy(name(), candidate.describe() + " is in sector " + candidate.sector().label()
                + " (NAF " + candidate.member().activity() + ")");
    }

    @Override
    public String name() {
        return "sector " + families.stream().map(SectorFamily::label).collect(Collectors.joining(" or "));
    }

    @Override
    public String expression() {
        return "sector(" + families.stream().map(SectorFamily::key).collect(Collectors.joining(", ")) + ")";
    }
}
