package org.filiere.programme;

/** What kind of organisation a partner is. */
public enum PartnerType {
    /** Another business cluster (grappe, cluster). */
    CLUSTER("cluster"),
    /** A competitiveness cluster (pôle de compétitivité). */
    COMPETITIVENESS_CLUSTER("competitiveness cluster"),
    /** A school, university or training body. */
    SCHOOL("school"),
    /** A public or private funder. */
    FUNDER("funder"),
    /** A resource or technical centre, an agency, or any other organisation. */
    OTHER("other organisation");

    private final String label;

    PartnerType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
