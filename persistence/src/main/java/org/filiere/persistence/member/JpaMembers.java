package org.filiere.persistence.member;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.filiere.member.Member;
import org.filiere.member.MemberAlreadyExistsException;
import org.filiere.member.MemberId;
import org.filiere.member.MemberQuery;
import org.filiere.member.Members;
import org.filiere.member.MembershipStatus;
import org.filiere.member.NafCode;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;

/**
 * Members in the library's database, through JPA. One member is found through the persistence context first, so that
 * a transaction reading the same member many times (an import checking its speakers' employers) reads it once; a list
 * of members reads their children in one query per kind ({@code @BatchFetch}).
 */
@ApplicationScoped
public class JpaMembers implements Members {

    private final Transactions transactions;

    @Inject
    public JpaMembers(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaMembers() {
        this(null);
    }

    @Override
    public Optional<Member> find(MemberId id) {
        return Optional.ofNullable(em().find(MemberEntity.class, id.value())).map(MemberMapper::toDomain);
    }

    @Override
    public void save(Member member) {
        EntityManager em = em();
        MemberEntity row = VersionedRows.rowToChange(em, transactions, MemberEntity.class, member.id().value(),
                "member " + member.id(), member.version(), r -> r.version).orElse(null);
        if (row == null) {
            row = new MemberEntity();
            MemberMapper.copy(member, row);
            VersionedRows.insert(em, row, () -> new MemberAlreadyExistsException(member.id()));
            return;
        }
        MemberMapper.copy(member, row);
    }

    @Override
    public List<Member> find(MemberQuery query) {
        StringBuilder jpql = new StringBuilder("SELECT DISTINCT m FROM MemberEntity m");
        if (query.year().isPresent()) {
            jpql.append(" JOIN m.memberships ms");
        }
        jpql.append(" WHERE 1 = 1");
        query.year().ifPresent(y -> jpql.append(" AND ms.year = :year"));
        if (!query.statuses().isEmpty()) {
            jpql.append(" AND ms.status IN :statuses");
        }
        query.department().ifPresent(d -> jpql.append(" AND m.department = :department"));
        query.inseeCode().ifPresent(c -> jpql.append(" AND m.inseeCode = :inseeCode"));
        if (!query.activities().isEmpty()) {
            jpql.append(" AND m.nafCode IN :activities");
        }
        jpql.append(" ORDER BY m.siren");
        TypedQuery<MemberEntity> q = em().createQuery(jpql.toString(), MemberEntity.class);
        query.year().ifPresent(y -> q.setParameter("year", y));
        if (!query.statuses().isEmpty()) {
            q.setParameter("statuses", query.statuses().stream().map(MembershipStatus::name).toList());
        }
        query.department().ifPresent(d -> q.setParameter("department", d));
        query.inseeCode().ifPresent(c -> q.setParameter("inseeCode", c));
        if (!query.activities().isEmpty()) {
            q.setParameter("activities", query.activities().stream().map(NafCode::value).toList());
        }
        return q.getResultList().stream().map(MemberMapper::toDomain).toList();
    }

    @Override
    public SortedMap<Integer, Long> memberCountsByYear() {
        List<Object[]> rows = em().createQuery("SELECT ms.year, COUNT(m) FROM MemberEntity m JOIN m.memberships ms"
                + " WHERE ms.status IN :statuses GROUP BY ms.year", Object[].class)
                .setParameter("statuses", List.of(MembershipStatus.ADMITTED.name(), MembershipStatus.ACTIVE.name()))
                .getResultList();
        SortedMap<Integer, Long> counts = new TreeMap<>();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
