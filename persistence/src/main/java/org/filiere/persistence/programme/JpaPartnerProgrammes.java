package org.filiere.persistence.programme;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.member.MemberId;
import org.filiere.member.SectorFamilies;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.programme.EligibilityRefusal;
import org.filiere.programme.EligibilityRules;
import org.filiere.programme.Enrollment;
import org.filiere.programme.EnrollmentStatus;
import org.filiere.programme.PartnerId;
import org.filiere.programme.PartnerProgramme;
import org.filiere.programme.PartnerProgrammeId;
import org.filiere.programme.PartnerProgrammes;

/**
 * Partner programmes in the library's database, through JPA. Eligibility rules are stored in their text form and
 * read back with the configured sector families.
 */
@ApplicationScoped
public class JpaPartnerProgrammes implements PartnerProgrammes {

    private final Transactions transactions;
    private final SectorFamilies sectors;

    @Inject
    public JpaPartnerProgrammes(Transactions transactions, SectorFamilies sectors) {
        this.transactions = transactions;
        this.sectors = sectors;
    }

    /** For the CDI container's proxies. */
    protected JpaPartnerProgrammes() {
        this(null, null);
    }

    @Override
    public void save(PartnerProgramme p) {
        EntityManager em = em();
        PartnerProgrammeEntity row = VersionedRows.rowToChange(em, transactions, PartnerProgrammeEntity.class,
                p.id().toString(), "partner programme \"" + p.title() + "\"", p.version(), r -> r.version).orElse(null);
        if (row == null) {
            row = new PartnerProgrammeEntity();
            row.id = p.id().toString();
            copy(p, row);
            em.persist(row);
            return;
        }
        copy(p, row);
    }

    private static void copy(PartnerProgramme p, PartnerProgrammeEntity row) {
        row.partnerId = p.partnerId().toString();
        row.title = p.title();
        row.startsOn = p.startsOn();
        row.endsOn = p.endsOn();
        row.places = p.places();
        row.eligibility = p.eligibility().expression();
        Map<String, EnrollmentEntity> existing = row.enrollments.stream()
                .collect(Collectors.toMap(r -> r.siren, Function.identity()));
        row.enrollments.removeIf(r -> p.enrollment(MemberId.of(r.siren)).isEmpty());
        for (Enrollment e : p.enrollments()) {
            EnrollmentEntity r = existing.get(e.memberId().value());
            if (r == null) {
                r = new EnrollmentEntity();
                r.id = UUID.randomUUID().toString();
                r.programme = row;
                r.siren = e.memberId().value();
                row.enrollments.add(r);
            }
            r.memberName = e.memberName();
            r.status = e.status().name();
            r.appliedOn = e.appliedOn();
            r.decidedOn = e.decidedOn().orElse(null);
            r.refusedBy = e.refusal().map(EligibilityRefusal::policy).orElse(null);
            r.refusalReason = e.refusal().map(EligibilityRefusal::reason).orElse(null);
            r.outcome = e.outcome();
        }
    }

    @Override
    public Optional<PartnerProgramme> find(PartnerProgrammeId id) {
        return Optional.ofNullable(em().find(PartnerProgrammeEntity.class, id.toString())).map(this::toDomain);
    }

    @Override
    public List<PartnerProgramme> all() {
        return em().createQuery("SELECT p FROM PartnerProgrammeEntity p ORDER BY p.startsOn, p.title, p.id",
                PartnerProgrammeEntity.class).getResultStream().map(this::toDomain).toList();
    }

    @Override
    public List<PartnerProgramme> withEnrollmentOf(MemberId memberId) {
        return em().createQuery("SELECT p FROM PartnerProgrammeEntity p WHERE EXISTS (SELECT e FROM EnrollmentEntity e"
                + " WHERE e.programme = p AND e.siren = :siren) ORDER BY p.startsOn, p.title, p.id",
                PartnerProgrammeEntity.class).setParameter("siren", memberId.value()).getResultStream()
                .map(this::toDomain).toList();
    }

    private PartnerProgramme toDomain(PartnerProgrammeEntity e) {
        return new PartnerProgramme(PartnerProgrammeId.of(e.id), PartnerId.of(e.partnerId), e.title, e.startsOn,
                e.endsOn, e.places, EligibilityRules.parse(e.eligibility, sectors),
                e.enrollments.stream().map(r -> new Enrollment(MemberId.of(r.siren), r.memberName,
                        EnrollmentStatus.valueOf(r.status), r.appliedOn, Optional.ofNullable(r.decidedOn),
                        r.refusedBy == null ? Optional.empty()
                                : Optional.of(new EligibilityRefusal(r.refusedBy, r.refusalReason)),
                        r.outcome)).toList(),
                e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
