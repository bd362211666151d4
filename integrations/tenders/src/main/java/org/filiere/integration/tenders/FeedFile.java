package org.filiere.integration.tenders;

import java.util.List;

import org.filiere.watch.FieldIssue;

/**
 * A feed file split into its tender entries, each kept as its own JSON text so that one entry can go to the dead
 * letters, and be tried again, alone.
 *
 * @param name    the file's name or address
 * @param format  the kind of entries
 * @param issues  what was noticed about the file as a whole (its encoding, a missing version)
 * @param entries the entries, as JSON
 */
public record FeedFile(String name, FeedFormat format, List<FieldIssue> issues, List<Entry> entries) {

    public FeedFile {
        issues = List.copyOf(issues);
        entries = List.copyOf(entries);
    }

    /**
     * One entry of the file.
     *
     * @param format its kind
     * @param json   its JSON text
     */
    public record Entry(FeedFormat format, String json) {
    }
}
