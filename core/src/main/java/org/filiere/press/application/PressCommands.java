package org.filiere.press.application;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.filiere.access.Actor;
import org.filiere.press.DistributionListId;
import org.filiere.press.MediaKind;
import org.filiere.press.MediaOutletId;
import org.filiere.press.PressReleaseId;
import org.filiere.press.Tone;

/** The commands of press relations, each saying who acts (staff). */
public final class PressCommands {

    private PressCommands() {
    }

    /**
     * Records a media outlet.
     *
     * @param actor   staff
     * @param name    its name
     * @param kind    its kind
     * @param website its web address, if any
     */
    public record AddOutlet(Actor actor, String name, MediaKind kind, Optional<URI> website) {
    }

    /**
     * Records a journalist at an outlet.
     *
     * @param actor    staff
     * @param outletId the outlet
     * @param name     their name
     * @param email    their e-mail address
     * @param phone    their phone
     * @param beat     what they cover
     */
    public record AddJournalist(Actor actor, MediaOutletId outletId, String name, String email, String phone,
            String beat) {
    }

    /**
     * Writes a press release for a list.
     *
     * @param actor  staff
     * @param title  its title
     * @param body   its text
     * @param listId the list it goes to
     */
    public record DraftRelease(Actor actor, String title, String body, DistributionListId listId) {
    }

    /**
     * Schedules a release: it is published, and sent, once its embargo is lifted.
     *
     * @param actor     staff
     * @param releaseId the release
     * @param embargo   the moment before which it must not leave; none for "as soon as possible"
     */
    public record ScheduleRelease(Actor actor, PressReleaseId releaseId, Optional<Instant> embargo) {
    }

    /**
     * Logs an article, programme or post that spoke of the association.
     *
     * @param actor     staff
     * @param outletId  the outlet
     * @param date      the day it appeared
     * @param headline  its headline
     * @param url       where to read it, if online
     * @param reach     its audience (0 when unknown)
     * @param tone      how it speaks of the association
     * @param releaseId the release it followed, if any
     */
    public record LogCoverage(Actor actor, MediaOutletId outletId, LocalDate date, String headline,
            Optional<URI> url, long reach, Tone tone, Optional<PressReleaseId> releaseId) {
    }
}
