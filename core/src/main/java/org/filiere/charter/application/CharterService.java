package org.filiere.charter.application;

import static org.filiere.access.AccessPolicy.requireDirector;
import static org.filiere.access.AccessPolicy.requireStaff;
import static org.filiere.access.AccessPolicy.requireStaffOrOwner;
import static org.filiere.access.AccessPolicy.requireStaffOrRepresentativeOf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.PublicRead;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.charter.CertificateCode;
import org.filiere.charter.Charter;
import org.filiere.charter.CharterRefusedException;
import org.filiere.charter.CharterVersion;
import org.filiere.charter.Charters;
import org.filiere.charter.Signature;
import org.filiere.charter.SignatureId;
import org.filiere.charter.Signatures;
import org.filiere.charter.SigningPolicy;
import org.filiere.charter.application.CertificateVerification.Outcome;
import org.filiere.kernel.DomainEvents;
import org.filiere.kernel.NotFoundException;
import org.filiere.member.Member;
import org.filiere.member.MemberId;
import org.filiere.member.MemberQuery;
import org.filiere.member.Members;
import org.filiere.member.MembershipStatus;

/** Publishing charter versions, signing and revoking, and checking certificates. */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class CharterService {

    private final Charters charters;
    private final Signatures signatures;
    private final Members members;
    private final DomainEvents events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public CharterService(Charters charters, Signatures signatures, Members members, DomainEvents events, Clock clock) {
        this.charters = charters;
        this.signatures = signatures;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected CharterService() {
        this(null, null, null, null, null);
    }

    /**
     * Publishes a new charter version; only the director may.
     *
     * @return the new version's number
     */
    public int publish(Actor actor, String title, String text, LocalDate effectiveFrom) {
        requireDirector(actor, "publish a charter version");
        Charter charter = charters.charter();
        var event = charter.publish(title, text, effectiveFrom, actor.name(), clock);
        charters.save(charter);
        events.publish(event);
        return event.charterVersion();
    }

    /** The version in force today. */
    @PublicRead
    public Optional<CharterVersion> current() {
        return charters.charter().currentOn(LocalDate.now(clock));
    }

    /** Every version, in order. */
    @PublicRead
    public List<CharterVersion> versions() {
        return charters.charter().versions();
    }

    /**
     * A member signs the version in force, through a named signatory. Staff may record it on the member's behalf.
     *
     * @return the certificate code the member may quote
     */
    public CertificateCode sign(Actor actor, MemberId memberId, String signatory, String signatoryRole) {
        requireStaffOrRepresentativeOf(actor, memberId.value(), "sign the charter");
        Member member = members.get(memberId);
        Signature.Signed signed = SigningPolicy.sign(charters.charter(), member, signatures.ofMember(memberId),
                signatory, signatoryRole, uniqueCode(), clock);
        signatures.save(signed.signature());
        events.publish(signed.event());
        return signed.signature().certificate();
    }

    /** Withdraws a signature, at the member's request or by staff decision. */
    public void revoke(Actor actor, SignatureId id, String reason) {
        Optional<Signature> found = signatures.find(id);
        requireStaffOrOwner(actor, found.map(s -> s.memberId().value()), "revoke a charter signature");
        Signature signature = found.orElseThrow(() -> new NotFoundException("charter signature " + id));
        var event = signature.revoke(actor.name(), reason, clock);
        signatures.save(signature);
        events.publish(event);
    }

    /** Withdraws a member's valid signature of the version in force. */
    public void revokeCurrent(Actor actor, MemberId memberId, String reason) {
        requireStaffOrRepresentativeOf(actor, memberId.value(), "revoke a charter signature");
        int current = current().map(CharterVersion::number).orElse(0);
        Signature signature = signatures.ofMember(memberId).stream()
                .filter(s -> s.charterVersion() == current && !s.isRevoked()).findFirst()
                .orElseThrow(() -> new CharterRefusedException("Member " + memberId
                        + " holds no valid signature of the charter in force"));
        revoke(actor, signature.id(), reason);
    }

    /** Whether a member holds a valid signature of the version in force today. */
    public boolean hasSignedCurrent(MemberId memberId) {
        requireStaffOrRepresentativeOf(memberId.value(), "see whether a member signed the charter");
        return current().map(v -> SigningPolicy.hasValidSignature(signatures.ofMember(memberId), v.number()))
                .orElse(false);
    }

    /** A member's signatures, oldest first; staff or the member's representative. */
    public List<Signature> signaturesOf(Actor actor, MemberId memberId) {
        requireStaffOrRepresentativeOf(actor, memberId.value(), "see a member's charter signatures");
        return signatures.ofMember(memberId);
    }

    /** The share of the year's active members that have signed the version in force; staff only. */
    public SignatureRate signatureRate(Actor actor, int year) {
        requireStaff(actor, "see the charter signature rate");
        int current = current().map(CharterVersion::number).orElse(0);
        List<Member> active = members.find(MemberQuery.all().inYear(year).withStatus(MembershipStatus.ACTIVE));
        Set<MemberId> signatories = current == 0 ? Set.of() : signatures.signatoriesOf(current);
        long signed = active.stream().filter(m -> signatories.contains(m.id())).count();
        BigDecimal percent = active.isEmpty() ? BigDecimal.ZERO
                : BigDecimal.valueOf(signed * 100).divide(BigDecimal.valueOf(active.size()), 1, RoundingMode.HALF_UP);
        return new SignatureRate(year, current, active.size(), signed, percent);
    }

    /**
     * Checks a certificate code as anyone may: the code as typed, forgiving case, dashes and look-alike
     * characters. A malformed code is refused with a clear message; a well-formed unknown one is reported as
     * unknown.
     */
    @PublicRead
    public CertificateVerification verify(String typedCode) {
        CertificateCode code = CertificateCode.parse(typedCode);
        Optional<Signature> found = signatures.byCertificate(code);
        if (found.isEmpty()) {
            return CertificateVerification.unknown(code.formatted());
        }
        Signature s = found.get();
        int current = current().map(CharterVersion::number).orElse(0);
        Outcome outcome = s.isRevoked() ? Outcome.REVOKED
                : s.charterVersion() != current ? Outcome.SUPERSEDED : Outcome.VALID;
        Optional<String> name = members.find(s.memberId()).map(Member::name);
        return new CertificateVerification(code.formatted(), outcome, name, Optional.of(s.memberId().value()),
                Optional.of(s.charterVersion()), Optional.of(s.signatory()), Optional.of(s.signedAt()));
    }

    private CertificateCode uniqueCode() {
        CertificateCode code;
        do {
            code = CertificateCode.generate(random);
        } while (signatures.byCertificate(code).isPresent());
        return code;
    }
}
