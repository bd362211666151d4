package org.filiere.persistence.project;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.member.MemberId;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.project.CommitteeMember;
import org.filiere.project.CommitteeMemberId;
import org.filiere.project.CommitteeMemberKind;
import org.filiere.project.CommitteeMembers;

/** Committee members in the library's database, through JPA. */
@ApplicationScoped
public class JpaCommitteeMembers implements CommitteeMembers {

    private final Transactions transactions;

    @Inject
    public JpaCommitteeMembers(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaCommitteeMembers() {
        this(null);
    }

    @Override
    public void save(CommitteeMember m) {
        EntityManager em = em();
        CommitteeMemberEntity row = VersionedRows.rowToChange(em, transactions, CommitteeMemberEntity.class,
                m.id().toString(), "committee member " + m.name(), m.version(), r -> r.version).orElse(null);
        if (row == null) {
            row = new CommitteeMemberEntity();
            row.id = m.id().toString();
            copy(m, row);
            em.persist(row);
            return;
        }
        copy(m, row);
    }

    private static void copy(CommitteeMember m, CommitteeMemberEntity row) {
        row.name = m.name();
        row.kind = m.kind().name();
        row.employerSiren = m.employer().map(MemberId::value).orElse(null);
        row.organisation = m.organisation();
        row.active = m.active();
    }

    @Override
    public Optional<CommitteeMember> find(CommitteeMemberId id) {
        return Optional.ofNullable(em().find(CommitteeMemberEntity.class, id.toString()))
                .map(JpaCommitteeMembers::toDomain);
    }

    @Override
    public List<CommitteeMember> all() {
        return em().createQuery("SELECT m FROM CommitteeMemberEntity m ORDER BY m.name, m.id",
                CommitteeMemberEntity.class).getResultStream().map(JpaCommitteeMembers::toDomain).toList();
    }

    private static CommitteeMember toDomain(CommitteeMemberEntity e) {
        return new CommitteeMember(CommitteeMemberId.of(e.id), e.name, CommitteeMemberKind.valueOf(e.kind),
                Optional.ofNullable(e.employerSiren).map(MemberId::of), e.organisation, e.active, e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
