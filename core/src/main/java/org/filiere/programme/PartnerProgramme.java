package org.filiere.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.filiere.kernel.DomainEvent;
import org.filiere.kernel.TextLimit;
import org.filiere.member.MemberId;

/**
 * A programme run with a partner organisation (a growth programme for software publishers run with a publishers'
 * cluster, a sustainable-development pilot run with a resource centre): its period, its places, its eligibility
 * rules and the enrollment of members. An application the rules refuse is recorded as refused, with the rule that
 * refused it.
 */
public final class PartnerProgramme {

    /** The name a refusal by staff, rather than by an eligibility rule, is recorded under. */
    public static final String STAFF_DECISION = "staff decision";

    private final PartnerProgrammeId id;
    private final PartnerId partnerId;
    private final String title;
    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private final int places;
    private final EligibilityPolicy eligibility;
    private final List<Enrollment> enrollments;
    private final long version;

    /**
     * Rebuilds a programme from stored state; new programmes come from {@link #launch}.
     *
     * @param version the stored version, for optimistic locking
     */
    public PartnerProgramme(PartnerProgrammeId id, PartnerId partnerId, String title, LocalDate startsOn,
            LocalDate endsOn, int places, EligibilityPolicy eligibility, List<Enrollment> enrollments, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.partnerId = Objects.requireNonNull(partnerId, "partnerId");
        if (title == null || title.isBlank()) {
            throw new ProgrammeRefusedException("A partner programme needs a title");
        }
        this.title = TextLimit.check("A partner programme", "title", title.strip(), TextLimit.SHORT);
        if (startsOn == null || endsOn == null) {
            throw new ProgrammeRefusedException("Programme \"" + this.title + "\" needs a start and an end date");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new ProgrammeRefusedException("Programme \"" + this.title + "\" cannot end on " + endsOn
                    + ", before it starts on " + startsOn);
        }
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        if (places < 1) {
            throw new ProgrammeRefusedException("Programme \"" + this.title + "\" has " + places
                    + " places; it needs at least one");
        }
        this.places = places;
        this.eligibility = Objects.requireNonNull(eligibility, "eligibility");
        TextLimit.check("Programme \"" + this.title + "\"", "eligibility rule", eligibility.expression(),
                TextLimit.MEDIUM);
        this.enrollments = new ArrayList<>(enrollments);
        this.version = version;
    }

    /** A new programme with a partner, with no enrollment yet. */
    public static PartnerProgramme launch(PartnerProgrammeId id, PartnerId partnerId, String title,
            LocalDate startsOn, LocalDate endsOn, int places, EligibilityPolicy eligibility) {
        return new PartnerProgramme(id, partnerId, title, startsOn, endsOn, places, eligibility, List.of(), 0);
    }

    /**
     * A member applies. The eligibility rules decide at once: the application is recorded as applied, or as
     * refused with the rule that refused it. A member refused before may apply again.
     *
     * @return {@link EnrollmentApplied} or {@link EnrollmentRefused}
     */
    public DomainEvent apply(Candidate candidate, LocalDate on, Clock clock) {
        MemberId memberId = candidate.member().id();
        if (on.isAfter(endsOn)) {
            throw new ProgrammeRefusedException("Programme \"" + title + "\" ended on " + endsOn + "; "
                    + candidate.describe() + " can no longer apply");
        }
        Optional<Enrollment> existing = enrollment(memberId);
        if (existing.isPresent() && existing.get().status() != EnrollmentStatus.REFUSED) {
            throw new ProgrammeRefusedException(candidate.describe() + " already has an enrollment in programme \""
                    + title + "\" (" + existing.get().status().label() + ")");
        }
        existing.ifPresent(enrollments::remove);
        Eligibility eligible = eligibility.assess(candidate);
        if (!eligible.isEligible()) {
            EligibilityRefusal refusal = eligible.refusal().orElseThrow();
            enrollments.add(new Enrollment(memberId, candidate.member().name(), EnrollmentStatus.REFUSED, on,
                    Optional.of(on), Optional.of(refusal), ""));
            return new EnrollmentRefused(UUID.randomUUID(), clock.instant(), id, memberId, refusal);
        }
        enrollments.add(new Enrollment(memberId, candidate.member().name(), EnrollmentStatus.APPLIED, on,
                Optional.empty(), Optional.empty(), ""));
        return new EnrollmentApplied(UUID.randomUUID(), clock.instant(), id, memberId, on);
    }

    /**
     * Staff accept an application if a place is left. The rules are checked again, since a member's situation may
     * have changed since it applied: one that no longer meets them is refused with the rule instead.
     *
     * @return {@link EnrollmentAccepted} or {@link EnrollmentRefused}
     */
    public DomainEvent accept(Candidate candidate, LocalDate on, Clock clock) {
        Enrollment e = requireEnrollment(candidate.member().id(), EnrollmentStatus.APPLIED, "accept");
        Eligibility eligible = eligibility.assess(candidate);
        if (!eligible.isEligible()) {
            return refuse(e, eligible.refusal().orElseThrow(), on, clock);
        }
        if (placesLeft() == 0) {
            throw new ProgrammeRefusedException("Programme \"" + title + "\" is full: its " + places
                    + " places are taken; " + candidate.describe() + " cannot be accepted");
        }
        enrollments.set(enrollments.indexOf(e), e.with(EnrollmentStatus.ACCEPTED, on, Optional.empty()));
        return new EnrollmentAccepted(UUID.randomUUID(), clock.instant(), id, e.memberId(), on, placesLeft());
    }

    /** Staff refuse an application, for a reason they give. */
    public EnrollmentRefused refuse(MemberId memberId, String reason, String decidedBy, LocalDate on, Clock clock) {
        Enrollment e = requireEnrollment(memberId, EnrollmentStatus.APPLIED, "refuse");
        if (reason == null || reason.isBlank()) {
            throw new ProgrammeRefusedException("Refusing " + e.memberName() + " in programme \"" + title
                    + "\" needs a reason");
        }
        TextLimit.check("Refusing " + e.memberName(), "reason", reason, TextLimit.MEDIUM);
        return refuse(e, new EligibilityRefusal(STAFF_DECISION, reason.strip() + " (decided by " + decidedBy + ")"),
                on, clock);
    }

    private EnrollmentRefused refuse(Enrollment e, EligibilityRefusal refusal, LocalDate on, Clock clock) {
        enrollments.set(enrollments.indexOf(e), e.with(EnrollmentStatus.REFUSED, on, Optional.of(refusal)));
        return new EnrollmentRefused(UUID.randomUUID(), clock.instant(), id, e.memberId(), refusal);
    }

    /** An accepted member went through the programme, with its outcome. */
    public EnrollmentCompleted complete(MemberId memberId, LocalDate on, String outcome, Clock clock) {
        Enrollment e = requireEnrollment(memberId, EnrollmentStatus.ACCEPTED, "complete");
        String notes = TextLimit.check("The enrollment of " + e.memberName(), "text of outcome notes",
                join(e.outcome(), outcome), TextLimit.LONG);
        Enrollment done = e.with(EnrollmentStatus.COMPLETED, on, Optional.empty()).withOutcome(notes);
        enrollments.set(enrollments.indexOf(e), done);
        return new EnrollmentCompleted(UUID.randomUUID(), clock.instant(), id, memberId, on, done.outcome());
    }

    /** Adds to the outcome notes of an accepted or completed member. */
    public void addOutcomeNote(MemberId memberId, String note) {
        Enrollment e = enrollment(memberId).orElseThrow(() -> noEnrollment(memberId));
        if (!e.status().holdsPlace()) {
            throw new ProgrammeRefusedException("Member " + e.memberName() + " is " + e.status().label()
                    + " in programme \"" + title + "\"; outcome notes are kept for accepted or completed members");
        }
        if (note == null || note.isBlank()) {
            throw new ProgrammeRefusedException("An outcome note needs a text");
        }
        enrollments.set(enrollments.indexOf(e), e.withOutcome(TextLimit.check("The enrollment of " + e.memberName(),
                "text of outcome notes", join(e.outcome(), note), TextLimit.LONG)));
    }

    private static String join(String notes, String more) {
        String add = more == null ? "" : more.strip();
        return notes.isEmpty() ? add : add.isEmpty() ? notes : notes + "\n" + add;
    }

    private Enrollment requireEnrollment(MemberId memberId, EnrollmentStatus expected, String attempted) {
        Enrollment e = enrollment(memberId).orElseThrow(() -> noEnrollment(memberId));
        if (e.status() != expected) {
            throw new ProgrammeRefusedException("Cannot " + attempted + " the enrollment of " + e.memberName()
                    + " in programme \"" + title + "\": it is " + e.status().label() + ", not "
                    + expected.label());
        }
        return e;
    }

    private ProgrammeRefusedException noEnrollment(MemberId memberId) {
        return new ProgrammeRefusedException("Member " + memberId + " has not applied to programme \"" + title + "\"");
    }

    /** Places not taken by accepted or completed members. */
    public int placesLeft() {
        return places - (int) enrollments.stream().filter(e -> e.status().holdsPlace()).count();
    }

    public Optional<Enrollment> enrollment(MemberId memberId) {
        return enrollments.stream().filter(e -> e.memberId().equals(memberId)).findFirst();
    }

    /** Every enrollment, in order of application. */
    public List<Enrollment> enrollments() {
        return Collections.unmodifiableList(enrollments);
    }

    public List<Enrollment> enrollments(EnrollmentStatus status) {
        return enrollments.stream().filter(e -> e.status() == status).toList();
    }

    public PartnerProgrammeId id() {
        return id;
    }

    public PartnerId partnerId() {
        return partnerId;
    }

    public String title() {
        return title;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public int places() {
        return places;
    }

    public EligibilityPolicy eligibility() {
        return eligibility;
    }

    /** The version read from storage; a save with a stale version is refused. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "PartnerProgramme[\"" + title + "\" " + startsOn + ".." + endsOn + "]";
    }
}
