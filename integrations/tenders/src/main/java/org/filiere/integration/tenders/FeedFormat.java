package org.filiere.integration.tenders;

/** The kinds of tender feed the library reads. */
public enum FeedFormat {
    /** An Open Contracting Data Standard release (1.1, or 1.0 when the package does not say its version). */
    OCDS,
    /** A French DECP v2 contract record ({@code marche}). */
    DECP,
    /** A French DECP v2 concession record ({@code contrat-concession}). */
    DECP_CONCESSION,
    /** An eForms contract notice ({@code ContractNotice}, UBL XML), as TED and BOAMP publish them. */
    EFORMS
}
