package org.filiere.directory.application;

import org.filiere.directory.PartnerSource;

/**
 * What reading a partner's file did to the partner data.
 *
 * @param source    the partner source
 * @param origin    the file or web address read
 * @param created   records seen for the first time
 * @param updated   records whose details changed
 * @param unchanged records read again unchanged
 */
public record PartnerImportReport(PartnerSource source, String origin, int created, int updated, int unchanged) {

    /** How many records the file carried. */
    public int total() {
        return created + updated + unchanged;
    }
}
