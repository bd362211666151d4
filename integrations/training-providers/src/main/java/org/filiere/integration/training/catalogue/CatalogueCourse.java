package org.filiere.integration.training.catalogue;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A course as a catalogue gives it, every field as written (trimmed, empty when absent); nothing is checked yet.
 *
 * @param source        where it is in the file, for messages ({@code formation 15_464888, action 15_927411})
 * @param providerSiret the SIRET of the organisation responsible for it
 * @param providerName  the organisation's name
 * @param courseId      the organisation's own id of the course
 * @param title         its title
 * @param objectives    its objectives, as plain text
 * @param hours         its duration in hours
 * @param formacode     its FORMACODE
 * @param nsfCode       its NSF code
 * @param sessions      its sessions
 * @param unreadable    why the record could not be read at all, if so (it was larger than a record may be); empty
 *                      for a record read
 */
public record CatalogueCourse(String source, String providerSiret, String providerName, String courseId,
        String title, String objectives, String hours, String formacode, String nsfCode,
        List<CatalogueSession> sessions, @JsonInclude(JsonInclude.Include.NON_EMPTY) String unreadable) {

    /** A course read from its catalogue. */
    public CatalogueCourse(String source, String providerSiret, String providerName, String courseId, String title,
            String objectives, String hours, String formacode, String nsfCode, List<CatalogueSession> sessions) {
        this(source, providerSiret, providerName, courseId, title, objectives, hours, formacode, nsfCode, sessions,
                "");
    }

    /** A record skipped unread because its content is larger than {@code maxBytes}. */
    public static CatalogueCourse tooLarge(String source, long maxBytes) {
        return new CatalogueCourse(source, "", "", "", "", "", "", "", "", List.of(),
                "is larger than " + maxBytes + " bytes, the most a record may take");
    }

    public CatalogueCourse {
        Objects.requireNonNull(source, "source");
        providerSiret = clean(providerSiret);
        providerName = clean(providerName);
        courseId = clean(courseId);
        title = clean(title);
        objectives = clean(objectives);
        hours = clean(hours);
        formacode = clean(formacode);
        nsfCode = clean(nsfCode);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        unreadable = clean(unreadable);
    }

    /** A field as written, trimmed; LHEO's {@code -} for "nothing" and absent fields become empty. */
    static String clean(String field) {
        if (field == null) {
            return "";
        }
        String stripped = field.strip();
        return "-".equals(stripped) ? "" : stripped;
    }

    /** The key under which the catalogue names this course: provider and own id. */
    public String key() {
        return providerSiret + "/" + courseId;
    }
}
