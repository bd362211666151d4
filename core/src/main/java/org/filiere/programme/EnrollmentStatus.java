package org.filiere.programme;

/** Where a member's enrollment in a partner programme stands. */
public enum EnrollmentStatus {
    /** The member applied and meets the eligibility rules; staff have not decided yet. */
    APPLIED("applied"),
    /** Staff accepted it: the member holds a place. */
    ACCEPTED("accepted"),
    /** An eligibility rule, or staff, refused it. */
    REFUSED("refused"),
    /** The member went through the programme. */
    COMPLETED("completed");

    private final String label;

    EnrollmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the member holds (or held) a place. */
    public boolean holdsPlace() {
        return this == ACCEPTED || this == COMPLETED;
    }
}
