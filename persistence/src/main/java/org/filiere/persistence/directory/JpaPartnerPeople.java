package org.filiere.persistence.directory;

import static org.filiere.persistence.directory.PartnerRows.orEmpty;
import static org.filiere.persistence.directory.PartnerRows.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.directory.PartnerPeople;
import org.filiere.directory.PartnerPerson;
import org.filiere.directory.PartnerPersonDetails;
import org.filiere.directory.PartnerPersonId;
import org.filiere.directory.PartnerSource;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;

/** People from partners' contact cards in the library's database: personal data, erased row by row on request. */
@ApplicationScoped
public class JpaPartnerPeople implements PartnerPeople {

    private final Transactions transactions;

    @Inject
    public JpaPartnerPeople(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaPartnerPeople() {
        this(null);
    }

    @Override
    public void save(PartnerPerson person) {
        EntityManager em = em();
        PartnerPersonEntity row = em.find(PartnerPersonEntity.class, person.id().toString());
        if (row == null) {
            row = new PartnerPersonEntity();
            row.id = person.id().toString();
            row.source = person.source().key();
            row.externalId = person.externalId();
            row.firstSeenAt = person.firstSeenAt();
            copy(person, row);
            VersionedRows.insert(em, row, "it was stored by someone else at the same moment");
            return;
        }
        VersionedRows.change(em, transactions, row, row.version, person.version());
        copy(person, row);
    }

    @Override
    public Optional<PartnerPerson> find(PartnerSource source, String externalId) {
        return em().createQuery("SELECT p FROM PartnerPersonEntity p WHERE p.source = :source AND p.externalId = :id",
                PartnerPersonEntity.class).setParameter("source", source.key()).setParameter("id", externalId)
                .getResultStream().findFirst().map(JpaPartnerPeople::toDomain);
    }

    @Override
    public Optional<PartnerPerson> find(PartnerPersonId id) {
        return Optional.ofNullable(em().find(PartnerPersonEntity.class, id.toString())).map(JpaPartnerPeople::toDomain);
    }

    @Override
    public List<PartnerPerson> withEmail(String email) {
        return em().createQuery("SELECT p FROM PartnerPersonEntity p WHERE LOWER(p.email) = :email ORDER BY p.name, p.id",
                PartnerPersonEntity.class).setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultStream().map(JpaPartnerPeople::toDomain).toList();
    }

    @Override
    public List<PartnerPerson> of(PartnerSource source) {
        return em().createQuery("SELECT p FROM PartnerPersonEntity p WHERE p.source = :source ORDER BY p.name, p.id",
                PartnerPersonEntity.class).setParameter("source", source.key()).getResultStream()
                .map(JpaPartnerPeople::toDomain).toList();
    }

    @Override
    public boolean erase(PartnerPersonId id) {
        EntityManager em = em();
        PartnerPersonEntity row = em.find(PartnerPersonEntity.class, id.toString());
        if (row == null) {
            return false;
        }
        em.remove(row);
        em.flush();
        return true;
    }

    private static void copy(PartnerPerson person, PartnerPersonEntity row) {
        PartnerPersonDetails d = person.details();
        row.name = d.name();
        row.organisation = text(d.organisation());
        row.role = text(d.role());
        row.email = d.email().orElse(null);
        row.phone = d.phone().orElse(null);
        row.changedAt = person.changedAt();
    }

    private static PartnerPerson toDomain(PartnerPersonEntity e) {
        PartnerPersonDetails details = new PartnerPersonDetails(e.name, orEmpty(e.organisation), orEmpty(e.role),
                Optional.ofNullable(e.email), Optional.ofNullable(e.phone));
        return new PartnerPerson(PartnerPersonId.parse(e.id), new PartnerSource(e.source), e.externalId, details,
                e.firstSeenAt, e.changedAt, e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
