package org.filiere.member;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.filiere.kernel.InvalidFieldException;

/**
 * A company or organisation that belongs (or asked to belong) to the association, identified by its SIREN,
 * with its establishments and its membership year by year. Methods that change it enforce the membership
 * rules and return the event that says what happened.
 */
public final class Member {

    private final MemberId id;
    private String name;
    private NafCode activity;
    private Address address;
    private SizeBand sizeBand;
    private final List<Establishment> establishments;
    private final SortedMap<Integer, Membership> memberships;
    private final long version;

    /**
     * Rebuilds a member from stored state. Used by repositories; new members come from {@link #apply}.
     *
     * @param version the stored version, for optimistic locking
     */
    public Member(MemberId id, String name, NafCode activity, Address address, SizeBand sizeBand,
            List<Establishment> establishments, List<Membership> memberships, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = requireName(name);
        this.activity = Objects.requireNonNull(activity, "activity");
        this.address = Objects.requireNonNull(address, "address");
        this.sizeBand = Objects.requireNonNull(sizeBand, "sizeBand");
        this.establishments = new ArrayList<>();
        establishments.forEach(this::addEstablishment);
        this.memberships = new TreeMap<>();
        memberships.forEach(m -> this.memberships.put(m.year(), m));
        this.version = version;
    }

    /** The application of a new company for a year, as a new member in state {@link MembershipStatus#APPLIED}. */
    public static Applied apply(MemberId id, String name, NafCode activity, Address address, SizeBand sizeBand,
            Establishment headOffice, int year, Dues dues, Clock clock) {
        Member member = new Member(id, name, activity, address, sizeBand, List.of(headOffice),
                List.of(new Membership(year, MembershipStatus.APPLIED, dues, Optional.empty())), 0);
        return new Applied(member, new MemberApplied(UUID.randomUUID(), clock.instant(), id, year, dues));
    }

    /**
     * A new member and the event of its application.
     *
     * @param member the member
     * @param event  what happened
     */
    public record Applied(Member member, MemberApplied event) {
    }

    /** A former or lapsed member applies again for a year. */
    public MemberApplied reapply(int year, Dues dues, Clock clock) {
        Optional<Membership> existing = membership(year);
        if (existing.isPresent() && existing.get().status() != MembershipStatus.LAPSED
                && existing.get().status() != MembershipStatus.RESIGNED) {
            throw new MembershipRefusedException(this, "apply for " + year,
                    "it already has a membership for " + year + " (" + existing.get().status() + ")");
        }
        memberships.put(year, new Membership(year, MembershipStatus.APPLIED, dues, Optional.empty()));
        return new MemberApplied(UUID.randomUUID(), clock.instant(), id, year, dues);
    }

    /** Staff admit the member's application for a year. */
    public MemberAdmitted admit(int year, Clock clock) {
        Membership m = requireMembership(year, "admit");
        if (m.status() != MembershipStatus.APPLIED) {
            throw new MembershipRefusedException(this, "admit for " + year,
                    "its membership for " + year + " is " + m.status() + "; only an application can be admitted");
        }
        memberships.put(year, m.with(MembershipStatus.ADMITTED));
        return new MemberAdmitted(UUID.randomUUID(), clock.instant(), id, year);
    }

    /** The dues for a year were paid: an admitted member becomes active. */
    public DuesPaid payDues(int year, LocalDate paidOn, Clock clock) {
        Membership m = requireMembership(year, "record dues");
        if (m.isPaid()) {
            throw new MembershipRefusedException(this, "record dues for " + year,
                    "its dues for " + year + " were already paid on " + m.paidOn().orElseThrow());
        }
        if (m.status() != MembershipStatus.ADMITTED) {
            throw new MembershipRefusedException(this, "record dues for " + year,
                    "its membership for " + year + " is " + m.status() + "; dues are paid once a member is admitted");
        }
        memberships.put(year, m.paid(paidOn));
        return new DuesPaid(UUID.randomUUID(), clock.instant(), id, year, m.dues(), paidOn);
    }

    /** The member renews for the year after one in which it was a member. */
    public MembershipRenewed renew(int year, Dues dues, Clock clock) {
        Optional<Membership> previous = membership(year - 1);
        if (previous.isEmpty() || !previous.get().status().isMember()) {
            throw new MembershipRefusedException(this, "renew for " + year,
                    "it was not a member in " + (year - 1) + previous.map(p -> " (" + p.status() + ")").orElse("")
                            + "; a former member applies again instead");
        }
        Optional<Membership> existing = membership(year);
        if (existing.isPresent()) {
            throw new MembershipRefusedException(this, "renew for " + year,
                    "it already has a membership for " + year + " (" + existing.get().status() + ")");
        }
        memberships.put(year, new Membership(year, MembershipStatus.ADMITTED, dues, Optional.empty()));
        return new MembershipRenewed(UUID.randomUUID(), clock.instant(), id, year, dues);
    }

    /**
     * The member did not renew, or did not pay its renewal, by the grace date: it lapses for that year. Whether
     * the grace date has passed is {@link RenewalGracePolicy}'s decision.
     */
    public MembershipLapsed lapse(int year, Clock clock) {
        Optional<Membership> existing = membership(year);
        if (existing.isPresent() && existing.get().status() != MembershipStatus.ADMITTED) {
            throw new MembershipRefusedException(this, "lapse for " + year,
                    "its membership for " + year + " is " + existing.get().status());
        }
        Dues dues = existing.map(Membership::dues)
                .orElseGet(() -> membership(year - 1).map(Membership::dues).orElse(new Dues(BigDecimal.ZERO)));
        memberships.put(year, new Membership(year, MembershipStatus.LAPSED, dues, Optional.empty()));
        return new MembershipLapsed(UUID.randomUUID(), clock.instant(), id, year);
    }

    /** The member leaves the association in the given year. */
    public MemberResigned resign(int year, String reason, Clock clock) {
        Membership m = requireMembership(year, "resign");
        if (m.status() == MembershipStatus.LAPSED || m.status() == MembershipStatus.RESIGNED) {
            throw new MembershipRefusedException(this, "resign for " + year,
                    "its membership for " + year + " is already " + m.status());
        }
        memberships.put(year, m.with(MembershipStatus.RESIGNED));
        memberships.tailMap(year + 1).clear();
        return new MemberResigned(UUID.randomUUID(), clock.instant(), id, year, reason == null ? "" : reason.strip());
    }

    /** Records another establishment of the member; its SIRET must carry the member's SIREN. */
    public void addEstablishment(Establishment establishment) {
        if (!establishment.siret().siren().equals(id.siren())) {
            throw new InvalidIdentifierException("SIRET", establishment.siret().value(),
                    "it belongs to SIREN " + establishment.siret().siren() + ", not to member " + id);
        }
        if (establishments.stream().anyMatch(e -> e.siret().equals(establishment.siret()))) {
            throw new InvalidIdentifierException("SIRET", establishment.siret().value(),
                    "member " + id + " already has this establishment");
        }
        if (establishment.headOffice() && headOffice().isPresent()) {
            throw new InvalidIdentifierException("SIRET", establishment.siret().value(),
                    "member " + id + " already has a head office (" + headOffice().get().siret() + ")");
        }
        establishments.add(establishment);
    }

    /** Corrects the member's name, activity, address or size. */
    public void describe(String newName, NafCode newActivity, Address newAddress, SizeBand newSizeBand) {
        this.name = requireName(newName);
        this.activity = Objects.requireNonNull(newActivity, "activity");
        this.address = Objects.requireNonNull(newAddress, "address");
        this.sizeBand = Objects.requireNonNull(newSizeBand, "sizeBand");
    }

    private Membership requireMembership(int year, String attempted) {
        return membership(year).orElseThrow(() -> new MembershipRefusedException(this, attempted + " for " + year,
                "it has no membership for " + year));
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("A member", "name", "is missing");
        }
        return name.strip();
    }

    public MemberId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public NafCode activity() {
        return activity;
    }

    public Address address() {
        return address;
    }

    public SizeBand sizeBand() {
        return sizeBand;
    }

    public List<Establishment> establishments() {
        return Collections.unmodifiableList(establishments);
    }

    public Optional<Establishment> headOffice() {
        return establishments.stream().filter(Establishment::headOffice).findFirst();
    }

    /** The membership for a year, if there is one. */
    public Optional<Membership> membership(int year) {
        return Optional.ofNullable(memberships.get(year));
    }

    /** Every membership, by year. */
    public List<Membership> memberships() {
        return List.copyOf(memberships.values());
    }

    /** The status in a year, if the member had a membership that year. */
    public Optional<MembershipStatus> statusIn(int year) {
        return membership(year).map(Membership::status);
    }

    /** Whether it counts as a member (admitted or active) in that year. */
    public boolean isMemberIn(int year) {
        return statusIn(year).map(MembershipStatus::isMember).orElse(false);
    }

    /** Whether it is a full, paid-up member in that year. */
    public boolean isActiveIn(int year) {
        return statusIn(year).filter(s -> s == MembershipStatus.ACTIVE).isPresent();
    }

    /** The version read from storage; a save with a stale version is refused. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Member[" + id + " " + name + "]";
    }
}
