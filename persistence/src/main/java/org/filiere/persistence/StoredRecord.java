package org.filiere.persistence;

/** A stored row that can say what it is in a staff member's words, for error messages. */
public interface StoredRecord {

    /** What this record is: {@code member 732829320}, {@code charter signature 0f3c...}. */
    String recordName();
}
