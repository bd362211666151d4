package org.filiere.project;

import java.time.Instant;
import java.util.Objects;

import org.filiere.kernel.TextLimit;

/**
 * A note the project officer or staff write while following a labelled project.
 *
 * @param writtenAt when it was written
 * @param author    who wrote it
 * @param text      what it says
 */
public record FollowUpNote(Instant writtenAt, String author, String text) {

    public FollowUpNote {
        Objects.requireNonNull(writtenAt, "writtenAt");
        if (author == null || author.isBlank()) {
            throw new ProjectRefusedException("A follow-up note needs its author");
        }
        author = TextLimit.check("A follow-up note", "author", author.strip(), TextLimit.SHORT);
        if (text == null || text.isBlank()) {
            throw new ProjectRefusedException("A follow-up note needs a text");
        }
        text = TextLimit.check("A follow-up note by " + author, "text", text.strip(), TextLimit.LONG);
    }
}
