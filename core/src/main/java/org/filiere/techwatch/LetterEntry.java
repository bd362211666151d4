package org.filiere.techwatch;

import java.util.Objects;

import org.filiere.kernel.TextLimit;

/**
 * An item picked for a technology letter, with the staff's comment.
 *
 * @param itemId  the item
 * @param comment what staff say of it (possibly nothing)
 */
public record LetterEntry(TechItemId itemId, String comment) {

    public LetterEntry {
        Objects.requireNonNull(itemId, "itemId");
        comment = TextLimit.check("The letter's entry for item " + itemId, "comment",
                comment == null ? "" : comment.strip(), TextLimit.MEDIUM);
    }
}
