package org.filiere.programme;

/**
 * Eligible: members whose size band lies within a range of employees (for instance 10 to 249, or 10 and more).
 *
 * @param minEmployees the fewest employees admitted
 * @param maxEmployees the most employees admitted ({@link Integer#MAX_VALUE} for no limit)
 */
public record SizeBandPolicy(int minEmployees, int maxEmployees) implements EligibilityPolicy {

    public SizeBandPolicy {
        if (minEmployees < 0 || maxEmployees < minEmployees) {
            throw new ProgrammeRefusedException("A size rule from " + minEmployees + " to " + maxEmployees
                    + " employees is not valid: the range must go from 0 or more up to at least its start");
        }
    }

    @Override
    public Eligibility assess(Candidate candidate) {
        var band = candidate.member().sizeBand();
        if (band.minEmployees() >= minEmployees && band.maxEmployees() <= maxEmployees) {
            return Eligibility.eligible();
        }
        return Eligibility.refusedBy(name(), candidate.describe() + " has " + band.label());
    }

    @Override
    public String name() {
        return "size " + range() + " employees";
    }

    @Override
    public String expression() {
        return "size(" + range() + ")";
    }

    private String range() {
        return maxEmployees == Integer.MAX_VALUE ? minEmployees + "+" : minEmployees + "-" + maxEmployees;
    }
}
