package org.filiere.integration.training;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import of a catalogue did.
 *
 * @param source          the file or URL
 * @param format          the catalogue's format ({@code LHEO 2.3}, {@code CSV})
 * @param coursesRead     courses read from it
 * @param coursesImported courses created or changed
 * @param coursesUnchanged courses found as they were imported before (or being imported by another node)
 * @param coursesWithdrawn courses imported before that the catalogue no longer lists, their sessions now closed
 * @param sessionsCreated sessions new to the training catalogue
 * @param sessionsRevised sessions whose plan or seats changed
 * @param sessionsClosed  sessions no longer listed (alone or with their course), now closed
 * @param deadLetters     courses that could not be read or taken, sent to the dead letters
 * @param coursesWithGaps courses taken although their catalogue left out fields it may leave out
 * @param gaps            what those courses left out, for the first {@value #GAPS_LISTED} of them
 */
public record ImportReport(String source, String format, int coursesRead, int coursesImported, int coursesUnchanged,
        int coursesWithdrawn, int sessionsCreated, int sessionsRevised, int sessionsClosed, int deadLetters,
        int coursesWithGaps, List<RecordGaps> gaps) {

    /** How many courses with gaps a report lists at most; it counts them all. */
    public static final int GAPS_LISTED = 100;

    public ImportReport {
        gaps = List.copyOf(gaps.subList(0, Math.min(gaps.size(), GAPS_LISTED)));
    }

    ImportReport(String source, String format, int coursesRead, int coursesImported, int coursesUnchanged,
            int coursesWithdrawn, int sessionsCreated, int sessionsRevised, int sessionsClosed, int deadLetters) {
        this(source, format, coursesRead, coursesImported, coursesUnchanged, coursesWithdrawn, sessionsCreated,
                sessionsRevised, sessionsClosed, deadLetters, 0, List.of());
    }

    static ImportReport empty(String source, String format) {
        return new ImportReport(source, format, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    static ImportReport withdrawn(String source, int courses, int sessionsClosed) {
        return new ImportReport(source, "", 0, 0, 0, courses, 0, 0, sessionsClosed, 0);
    }

    /** The same report, noting the fields some of its courses left out. */
    ImportReport withGaps(List<RecordGaps> recordGaps) {
        List<RecordGaps> found = recordGaps.stream().filter(RecordGaps::any).toList();
        List<RecordGaps> listed = new ArrayList<>(gaps);
        listed.addAll(found);
        return new ImportReport(source, format, coursesRead, coursesImported, coursesUnchanged, coursesWithdrawn,
                sessionsCreated, sessionsRevised, sessionsClosed, deadLetters, coursesWithGaps + found.size(), listed);
    }

    ImportReport plus(ImportReport other) {
        List<RecordGaps> listed = new ArrayList<>(gaps);
        listed.addAll(other.gaps);
        return new ImportReport(source, format, coursesRead + other.coursesRead,
                coursesImported + other.coursesImported, coursesUnchanged + other.coursesUnchanged,
                coursesWithdrawn + other.coursesWithdrawn, sessionsCreated + other.sessionsCreated,
                sessionsRevised + other.sessionsRevised, sessionsClosed + other.sessionsClosed,
                deadLetters + other.deadLetters, coursesWithGaps + other.coursesWithGaps, listed);
    }

    @Override
    public String toString() {
        return source + " (" + format + "): " + coursesRead + " courses read, " + coursesImported + " imported, "
                + coursesUnchanged + " unchanged, " + coursesWithdrawn + " withdrawn; sessions " + sessionsCreated
                + " created, " + sessionsRevised + " revised, " + sessionsClosed + " closed; " + deadLetters
                + " sent to the dead letters" + (coursesWithGaps == 0 ? ""
                        : "; " + coursesWithGaps + " taken with fields left out");
    }
}
