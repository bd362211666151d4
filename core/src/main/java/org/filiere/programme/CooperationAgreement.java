package org.filiere.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.filiere.kernel.TextLimit;

/**
 * A cooperation agreement (convention de partenariat) with a partner organisation: its subject, the dates it
 * covers, and its status from draft to signed, and possibly terminated before its end.
 */
public final class CooperationAgreement {

    private final AgreementId id;
    private final PartnerId partnerId;
    private final String subject;
    private final LocalDate startsOn;
    private final Optional<LocalDate> endsOn;
    private AgreementStatus status;
    private Optional<LocalDate> signedOn;
    private Optional<LocalDate> terminatedOn;
    private String terminationReason;
    private final long version;

    /**
     * Rebuilds an agreement from stored state; new agreements come from {@link #draft}.
     *
     * @param version the stored version, for optimistic locking
     */
    public CooperationAgreement(AgreementId id, PartnerId partnerId, String subject, LocalDate startsOn,
            Optional<LocalDate> endsOn, AgreementStatus status, Optional<LocalDate> signedOn,
            Optional<LocalDate> terminatedOn, String terminationReason, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.partnerId = Objects.requireNonNull(partnerId, "partnerId");
        if (subject == null || subject.isBlank()) {
            throw new ProgrammeRefusedException("A cooperation agreement needs a subject");
        }
        this.subject = TextLimit.check("A cooperation agreement", "subject", subject.strip(), TextLimit.MEDIUM);
        if (startsOn == null) {
            throw new ProgrammeRefusedException("Cooperation agreement \"" + this.subject + "\" needs a start date");
        }
        this.startsOn = startsOn;
        this.endsOn = Objects.requireNonNull(endsOn, "endsOn");
        if (endsOn.isPresent() && endsOn.get().isBefore(startsOn)) {
            throw new ProgrammeRefusedException("Cooperation agreement \"" + this.subject + "\" cannot end on "
                    + endsOn.get() + ", before it starts on " + startsOn);
        }
        this.status = Objects.requireNonNull(status, "status");
        this.signedOn = Objects.requireNonNull(signedOn, "signedOn");
        this.terminatedOn = Objects.requireNonNull(terminatedOn, "terminatedOn");
        this.terminationReason = terminationReason == null ? "" : terminationReason.strip();
        this.version = version;
    }

    /** A new agreement being negotiated with a partner, covering its dates (open-ended when no end is given). */
    public static CooperationAgreement draft(AgreementId id, PartnerId partnerId, String subject, LocalDate startsOn,
            Optional<LocalDate> endsOn) {
        return new CooperationAgreement(id, partnerId, subject, startsOn, endsOn, AgreementStatus.DRAFT,
                Optional.empty(), Optional.empty(), "", 0);
    }

    /** Both parties signed. */
    public CooperationAgreementSigned sign(LocalDate on, Clock clock) {
        if (status != AgreementStatus.DRAFT) {
            throw new ProgrammeRefusedException("Cooperation agreement \"" + subject + "\" cannot be signed: it is "
                    + status.label() + "; only a draft is signed");
        }
        status = AgreementStatus.SIGNED;
        signedOn = Optional.of(on);
        return new CooperationAgreementSigned(UUID.randomUUID(), clock.instant(), id, partnerId, subject, on);
    }

    /** One of the parties ends the agreement before its term. */
    public CooperationAgreementTerminated terminate(LocalDate on, String reason, Clock clock) {
        if (status != AgreementStatus.SIGNED) {
            throw new ProgrammeRefusedException("Cooperation agreement \"" + subject + "\" cannot be terminated: it is "
                    + status.label() + "; only a signed agreement is terminated");
        }
        if (reason == null || reason.isBlank()) {
            throw new ProgrammeRefusedException("Terminating cooperation agreement \"" + subject + "\" needs a reason");
        }
        status = AgreementStatus.TERMINATED;
        terminatedOn = Optional.of(on);
        terminationReason = TextLimit.check("Cooperation agreement \"" + subject + "\"", "termination reason",
                reason.strip(), TextLimit.MEDIUM);
        return new CooperationAgreementTerminated(UUID.randomUUID(), clock.instant(), id, partnerId, on,
                terminationReason);
    }

    /** Whether it binds the parties on that day: signed, within its dates and not terminated before. */
    public boolean inForceOn(LocalDate day) {
        if (status == AgreementStatus.DRAFT || day.isBefore(startsOn)) {
            return false;
        }
        if (endsOn.isPresent() && day.isAfter(endsOn.get())) {
            return false;
        }
        return terminatedOn.map(day::isBefore).orElse(true);
    }

    public AgreementId id() {
        return id;
    }

    public PartnerId partnerId() {
        return partnerId;
    }

    public String subject() {
        return subject;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    /** Its last day, if it has one. */
    public Optional<LocalDate> endsOn() {
        return endsOn;
    }

    public AgreementStatus status() {
        return status;
    }

    public Optional<LocalDate> signedOn() {
        return signedOn;
    }

    public Optional<LocalDate> terminatedOn() {
        return terminatedOn;
    }

    /** Why it was terminated (empty unless it was). */
    public String terminationReason() {
        return terminationReason;
    }

    /** The version read from storage; a save with a stale version is refused. */
    public long version() {
        return version;
    }
}
