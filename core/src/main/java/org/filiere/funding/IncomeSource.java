package org.filiere.funding;

/** Where the association's money comes from. */
public enum IncomeSource {
    /** A public body's subsidy (the Region, the State, a metropolis, Europe...). */
    PUBLIC_SUBSIDY,
    /** Members' yearly dues: computed from the memberships, never typed as a line. */
    DUES,
    /** Services members or others pay for (training fees, event tickets, studies). */
    PAID_SERVICES,
    /** Companies' sponsorship. */
    SPONSORSHIP;

    /** Whether the money is public funding. */
    public boolean isPublic() {
        return this == PUBLIC_SUBSIDY;
    }

    /** Whether staff type lines of this source; dues come from the memberships instead. */
    public boolean isTyped() {
        return this != DUES;
    }
}
