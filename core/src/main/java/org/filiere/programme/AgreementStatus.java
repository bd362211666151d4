package org.filiere.programme;

/** Where a cooperation agreement stands. */
public enum AgreementStatus {
    /** Being negotiated, not signed yet. */
    DRAFT("draft"),
    /** Signed by both parties; in force over its dates. */
    SIGNED("signed"),
    /** Ended early by one of the parties. */
    TERMINATED("terminated");

    private final String label;

    AgreementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
