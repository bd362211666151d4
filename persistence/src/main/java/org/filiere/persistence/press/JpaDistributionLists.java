package org.filiere.persistence.press;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.press.DistributionList;
import org.filiere.press.DistributionListId;
import org.filiere.press.DistributionLists;
import org.filiere.press.JournalistId;

/** Distribution lists in the library's database; a save raises the version even when only who is on it changed. */
@ApplicationScoped
public class JpaDistributionLists implements DistributionLists {

    private final Transactions transactions;

    @Inject
    public JpaDistributionLists(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaDistributionLists() {
        this(null);
    }

    @Override
    public void save(DistributionList list) {
        EntityManager em = em();
        DistributionListEntity row = em.find(DistributionListEntity.class, list.id().toString());
        if (row == null) {
            row = new DistributionListEntity();
            row.id = list.id().toString();
            copy(list, row);
            em.persist(row);
            return;
        }
        VersionedRows.change(em, transactions, row, row.version, list.version());
        copy(list, row);
    }

    @Override
    public Optional<DistributionList> find(DistributionListId id) {
        return Optional.ofNullable(em().find(DistributionListEntity.class, id.toString()))
                .map(JpaDistributionLists::toDomain);
    }

    @Override
    public List<DistributionList> all() {
        return em().createQuery("SELECT l FROM DistributionListEntity l ORDER BY l.name, l.id",
                DistributionListEntity.class).getResultStream().map(JpaDistributionLists::toDomain).toList();
    }

    private static void copy(DistributionList list, DistributionListEntity row) {
        row.name = list.name();
        row.journalists.retainAll(list.journalists().stream().map(JournalistId::toString).collect(Collectors.toSet()));
        list.journalists().forEach(j -> row.journalists.add(j.toString()));
    }

    private static DistributionList toDomain(DistributionListEntity e) {
        return new DistributionList(DistributionListId.parse(e.id), e.name,
                new HashSet<>(e.journalists).stream().map(JournalistId::parse).collect(Collectors.toSet()), e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
