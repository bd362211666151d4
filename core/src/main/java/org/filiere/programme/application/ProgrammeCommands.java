package org.filiere.programme.application;

import java.time.LocalDate;
import java.util.Optional;

import org.filiere.access.Actor;
import org.filiere.member.MemberId;
import org.filiere.programme.AgreementId;
import org.filiere.programme.EligibilityPolicy;
import org.filiere.programme.PartnerContact;
import org.filiere.programme.PartnerId;
import org.filiere.programme.PartnerProgrammeId;
import org.filiere.programme.PartnerType;

/** The commands on partner organisations, agreements and programmes, each saying who acts. */
public final class ProgrammeCommands {

    private ProgrammeCommands() {
    }

    /**
     * Staff register a partner organisation.
     *
     * @param actor   staff
     * @param name    its name
     * @param type    what kind of organisation
     * @param contact the person to deal with there
     */
    public record RegisterPartner(Actor actor, String name, PartnerType type, PartnerContact contact) {
    }

    /**
     * Staff record a partner's new contact.
     *
     * @param actor     staff
     * @param partnerId the partner
     * @param contact   the new contact
     */
    public record ChangePartnerContact(Actor actor, PartnerId partnerId, PartnerContact contact) {
    }

    /**
     * Staff start negotiating a cooperation agreement.
     *
     * @param actor     staff
     * @param partnerId the partner
     * @param subject   what it is about
     * @param startsOn  its first day
     * @param endsOn    its last day, if it has one
     */
    public record DraftAgreement(Actor actor, PartnerId partnerId, String subject, LocalDate startsOn,
            Optional<LocalDate> endsOn) {
    }

    /**
     * The director records that an agreement was signed.
     *
     * @param actor       the director
     * @param agreementId the agreement
     * @param signedOn    the day of signature
     */
    public record SignAgreement(Actor actor, AgreementId agreementId, LocalDate signedOn) {
    }

    /**
     * The director records that an agreement was ended before its term.
     *
     * @param actor       the director
     * @param agreementId the agreement
     * @param on          the day it ends
     * @param reason      why
     */
    public record TerminateAgreement(Actor actor, AgreementId agreementId, LocalDate on, String reason) {
    }

    /**
     * Staff launch a programme with a partner.
     *
     * @param actor       staff
     * @param partnerId   the partner running it with the association
     * @param title       its title
     * @param startsOn    its first day
     * @param endsOn      its last day
     * @param places      how many members it takes
     * @param eligibility who may enroll
     */
    public record LaunchProgramme(Actor actor, PartnerId partnerId, String title, LocalDate startsOn,
            LocalDate endsOn, int places, EligibilityPolicy eligibility) {
    }

    /**
     * A member applies to a programme.
     *
     * @param actor       staff, or a representative of the member
     * @param programmeId the programme
     * @param memberId    the member
     */
    public record ApplyToProgramme(Actor actor, PartnerProgrammeId programmeId, MemberId memberId) {
    }

    /**
     * Staff accept an application.
     *
     * @param actor       staff
     * @param programmeId the programme
     * @param memberId    the member
     */
    public record AcceptEnrollment(Actor actor, PartnerProgrammeId programmeId, MemberId memberId) {
    }

    /**
     * Staff refuse an application.
     *
     * @param actor       staff
     * @param programmeId the programme
     * @param memberId    the member
     * @param reason      why
     */
    public record RefuseEnrollment(Actor actor, PartnerProgrammeId programmeId, MemberId memberId, String reason) {
    }

    /**
     * Staff record that a member went through a programme.
     *
     * @param actor       staff
     * @param programmeId the programme
     * @param memberId    the member
     * @param outcome     outcome notes
     */
    public record CompleteEnrollment(Actor actor, PartnerProgrammeId programmeId, MemberId memberId, String outcome) {
    }

    /**
     * Staff add to a member's outcome notes.
     *
     * @param actor       staff
     * @param programmeId the programme
     * @param memberId    the member
     * @param note        the note
     */
    public record AddOutcomeNote(Actor actor, PartnerProgrammeId programmeId, MemberId memberId, String note) {
    }
}
