package org.filiere.project;

/** Who sits on the enlarged labelling committee (comité de labellisation élargi). */
public enum CommitteeMemberKind {
    /** A member of the association's staff. */
    STAFF("staff"),
    /** A person who represents a member company. */
    MEMBER_REPRESENTATIVE("member representative"),
    /** An outside expert (school, research, funder, another cluster). */
    OUTSIDE_EXPERT("outside expert");

    private final String label;

    CommitteeMemberKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
