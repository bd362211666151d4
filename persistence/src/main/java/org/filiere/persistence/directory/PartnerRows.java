package org.filiere.persistence.directory;

/** How partner data rows hold optional text: empty text is stored as no value. */
final class PartnerRows {

    private PartnerRows() {
    }

    static String text(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
