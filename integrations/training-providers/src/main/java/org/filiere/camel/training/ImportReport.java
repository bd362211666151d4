package org.filiere.camel.training;

/**
 * What an import of a catalogue did.
 *
 * @param source          the file or URL
 * @param format          the catalogue's format ({@code LHEO 2.3}, {@code CSV})
 * @param coursesRead     courses read from it
 * @param coursesImported courses created or changed
 * @param coursesUnchanged courses found as they were imported before (or being imported by another node)
 * @param sessionsCreated sessions new to the training catalogue
 * @param sessionsRevised sessions whose plan or seats changed
 * @param sessionsClosed  sessions no longer listed, now closed
 * @param deadLetters     courses that could not be read or taken, sent to the dead letters
 */
public record ImportReport(String source, String format, int coursesRead, int coursesImported, int coursesUnchanged,
        int sessionsCreated, int sessionsRevised, int sessionsClosed, int deadLetters) {

    static ImportReport empty(String source, String format) {
        return new ImportReport(source, format, 0, 0, 0, 0, 0, 0, 0);
    }

    ImportReport plus(ImportReport other) {
        return new ImportReport(source, format, coursesRead + other.coursesRead,
                coursesImported + other.coursesImported, coursesUnchanged + other.coursesUnchanged,
                sessionsCreated + other.sessionsCreated, sessionsRevised + other.sessionsRevised,
                sessionsClosed + other.sessionsClosed, deadLetters + other.deadLetters);
    }

    @Override
    public String toString() {
        return source + " (" + format + "): " + coursesRead + " courses read, " + coursesImported + " imported, "
                + coursesUnchanged + " unchanged; sessions " + sessionsCreated + " created, " + sessionsRevised
                + " revised, " + sessionsClosed + " closed; " + deadLetters + " sent to the dead letters";
    }
}
