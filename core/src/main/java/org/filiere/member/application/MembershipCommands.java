package org.filiere.member.application;

import java.time.LocalDate;

import org.filiere.access.Actor;
import org.filiere.member.Address;
import org.filiere.member.Dues;
import org.filiere.member.MemberId;
import org.filiere.member.NafCode;
import org.filiere.member.Siret;
import org.filiere.member.SizeBand;

/** The commands on a member's membership, each saying who acts. */
public final class MembershipCommands {

    private MembershipCommands() {
    }

    /**
     * Staff admit an application.
     *
     * @param actor    staff
     * @param memberId the applicant
     * @param year     the year applied for
     */
    public record AdmitMember(Actor actor, MemberId memberId, int year) {
    }

    /**
     * A former or lapsed member applies again.
     *
     * @param actor    staff, or the member's representative
     * @param memberId the member
     * @param year     the year applied for
     * @param dues     the dues for that year
     */
    public record Reapply(Actor actor, MemberId memberId, int year, Dues dues) {
    }

    /**
     * Staff record that a member paid its dues.
     *
     * @param actor    staff
     * @param memberId the member
     * @param year     the membership year
     * @param paidOn   the day of payment
     */
    public record RecordDuesPayment(Actor actor, MemberId memberId, int year, LocalDate paidOn) {
    }

    /**
     * A member renews for the next year.
     *
     * @param actor    staff, or the member's representative
     * @param memberId the member
     * @param year     the new year
     * @param dues     the dues for the new year
     */
    public record RenewMembership(Actor actor, MemberId memberId, int year, Dues dues) {
    }

    /**
     * A member leaves.
     *
     * @param actor    staff, or the member's representative
     * @param memberId the member
     * @param year     the year it leaves in
     * @param reason   why, as given
     */
    public record ResignMembership(Actor actor, MemberId memberId, int year, String reason) {
    }

    /**
     * Staff lapse every member that has not renewed for a year by its grace date.
     *
     * @param actor staff
     * @param year  the year
     */
    public record LapseUnrenewedMembers(Actor actor, int year) {
    }

    /**
     * Staff record another establishment of a member.
     *
     * @param actor    staff
     * @param memberId the member
     * @param siret    the establishment's SIRET
     * @param name     its usual name
     * @param address  its address
     */
    public record AddEstablishment(Actor actor, MemberId memberId, Siret siret, String name, Address address) {
    }

    /**
     * Staff correct a member's description. The version is the one they read: if the member changed since,
     * the change is refused as stale.
     *
     * @param actor           staff
     * @param memberId        the member
     * @param expectedVersion the version read
     * @param name            new name
     * @param activity        new NAF code
     * @param address         new address
     * @param sizeBand        new size band
     */
    public record DescribeMember(Actor actor, MemberId memberId, long expectedVersion, String name, NafCode activity,
            Address address, SizeBand sizeBand) {
    }
}
