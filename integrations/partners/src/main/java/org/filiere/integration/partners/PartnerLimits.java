package org.filiere.integration.partners;

/**
 * How much of a partner's file is read.
 *
 * @param maxFileBytes   largest file; a larger one is refused whole
 * @param maxRecordBytes largest JSON record; a larger one is refused whole
 * @param maxRecords     most events or contact cards in one file
 */
public record PartnerLimits(long maxFileBytes, long maxRecordBytes, int maxRecords) {

    /** 10 MB a file, 64 KB a record, 50,000 records. */
    public static PartnerLimits standard() {
        return new PartnerLimits(10L * 1024 * 1024, 64L * 1024, 50_000);
    }

    public PartnerLimits {
        if (maxFileBytes < 1 || maxRecordBytes < 1 || maxRecords < 1) {
            throw new IllegalArgumentException("Partner file limits must be positive");
        }
    }
}
