package org.filiere.persistence.member;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.filiere.member.Contribution;
import org.filiere.member.ContributionKind;
import org.filiere.member.Contributions;
import org.filiere.member.MemberId;
import org.filiere.persistence.Transactions;

/** Contributions in the library's database. */
@ApplicationScoped
public class JpaContributions implements Contributions {

    private final Transactions transactions;

    @Inject
    public JpaContributions(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaContributions() {
        this(null);
    }

    @Override
    public void add(Contribution c) {
        ContributionEntity row = new ContributionEntity();
        row.id = c.id().toString();
        row.siren = c.memberId().value();
        row.on = c.on();
        row.year = c.year();
        row.kind = c.kind().name();
        row.days = c.days();
        row.description = c.description();
        transactions.entityManager().persist(row);
    }

    @Override
    public List<Contribution> ofMember(MemberId memberId, int year) {
        return transactions.entityManager().createQuery("SELECT c FROM ContributionEntity c"
                + " WHERE c.siren = :siren AND c.year = :year ORDER BY c.on, c.id", ContributionEntity.class)
                .setParameter("siren", memberId.value()).setParameter("year", year).getResultStream()
                .map(e -> new Contribution(UUID.fromString(e.id), MemberId.of(e.siren), e.on,
                        ContributionKind.valueOf(e.kind), e.days, e.description))
                .toList();
    }

    @Override
    public Map<MemberId, BigDecimal> daysByMember(int year) {
        List<Object[]> rows = transactions.entityManager().createQuery("SELECT c.siren, SUM(c.days)"
                + " FROM ContributionEntity c WHERE c.year = :year GROUP BY c.siren ORDER BY c.siren", Object[].class)
                .setParameter("year", year).getResultList();
        Map<MemberId, BigDecimal> days = new LinkedHashMap<>();
        for (Object[] row : rows) {
            days.put(MemberId.of((String) row[0]), (BigDecimal) row[1]);
        }
        return days;
    }
}
