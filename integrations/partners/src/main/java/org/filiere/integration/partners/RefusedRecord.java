package org.filiere.integration.partners;

/**
 * A record of a partner's file that could not be taken in; the others were.
 *
 * @param key    what identifies it in the file (its id, else its name, else its place)
 * @param reason why, naming the record and the field
 * @param text   the record as it was written, to keep with the dead letter
 */
public record RefusedRecord(String key, String reason, String text) {
}
