package org.filiere.privacy;

/** What personal data a read returned: the audit trail names it so, never with the data itself. */
public enum PersonalDataKind {
    /** Everything held about one person, across the library (recorded as {@link PersonalDataExported}). */
    PERSON_EXPORT,
    /** A member's contact persons. */
    MEMBER_CONTACTS,
    /** The registrations of a training session. */
    TRAINING_REGISTRATIONS,
    /** The talks of a training speaker. */
    TRAINING_SPEAKERS,
    /** The registrations of an event. */
    EVENT_REGISTRATIONS,
    /** The participants of a speed-meeting. */
    SPEED_MEETING_PARTICIPANTS,
    /** The recipients named in a member's watch profile. */
    WATCH_RECIPIENTS,
    /** The subscribers of the technology letter. */
    LETTER_SUBSCRIBERS,
    /** Journalists. */
    JOURNALISTS,
    /** The contact persons a partner's directory lists. */
    PARTNER_PEOPLE,
    /** The contacts of partner organisations, and the addresses and phones of partners' listings. */
    PARTNER_CONTACTS,
    /** The integrations' dead letters, whose failed items may name people. */
    DEAD_LETTERS,
    /** The integrations' outbox, whose messages to partners may name people. */
    OUTBOX_MESSAGES,
    /** A person's consent history. */
    CONSENTS
}
