package org.filiere.integration.partners;

/** The formats partners' files come in. */
public enum PartnerFormat {
    /** schema.org JSON-LD: {@code Organization} and {@code Event} nodes (one, an array, or an {@code @graph}). */
    SCHEMA_ORG_JSON_LD,
    /** Popolo JSON: {@code organizations}, {@code events}, {@code persons}, or a single organization. */
    POPOLO,
    /** iCalendar (RFC 5545): its {@code VEVENT}s. */
    ICALENDAR,
    /** vCard 2.1, 3.0 or 4.0 contact cards. */
    VCARD,
    /** jCard (RFC 7095): vCards in JSON. */
    JCARD
}
