package org.filiere.integration.tenders;

/** What a tender feed file is, as far as the tender import can tell from its content. */
public enum FeedKind {
    /** An OCDS release package: {@code releases}. */
    OCDS_RELEASE_PACKAGE("an OCDS release package"),
    /** An OCDS record package: {@code records}, each read through its {@code compiledRelease}. */
    OCDS_RECORD_PACKAGE("an OCDS record package"),
    /** A single OCDS release: {@code ocid} at the top. */
    OCDS_RELEASE("a single OCDS release"),
    /** A French DECP file: {@code marches}, as an array or with {@code marche} and {@code contrat-concession}. */
    DECP("a DECP file"),
    /** An eForms contract notice in XML: {@code ContractNotice}, one a file. */
    EFORMS("an eForms contract notice");

    /** The one sentence naming what the tender import reads, for refusals. */
    public static final String READ = "the tender import reads OCDS release packages (releases), OCDS record "
            + "packages (records with a compiledRelease), single OCDS releases (ocid) and DECP files (marches) in "
            + "JSON, and eForms contract notices (ContractNotice) in XML";

    private final String description;

    FeedKind(String description) {
        this.description = description;
    }

    /** The kind in words. */
    public String description() {
        return description;
    }
}
