package org.filiere.persistence.techwatch;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of {@code tech_letter_entry}: an item of a letter at its place (from 0), with its comment. */
@Embeddable
public class LetterEntryRow {

    @Column(name = "entry_position", nullable = false)
    int position;

    @Column(name = "item_id", nullable = false, length = 36)
    String itemId;

    @Column(name = "item_comment", length = 2000)
    String comment;
}
