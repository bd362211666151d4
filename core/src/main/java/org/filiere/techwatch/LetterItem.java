package org.filiere.techwatch;

/**
 * An item as the letter shows it.
 *
 * @param item    the item
 * @param comment the staff's comment
 */
public record LetterItem(TechItem item, String comment) {
}
