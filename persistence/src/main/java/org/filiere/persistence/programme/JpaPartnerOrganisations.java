package org.filiere.persistence.programme;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.programme.PartnerContact;
import org.filiere.programme.PartnerId;
import org.filiere.programme.PartnerOrganisation;
import org.filiere.programme.PartnerOrganisations;
import org.filiere.programme.PartnerType;

/** Partner organisations in the library's database, through JPA. */
@ApplicationScoped
public class JpaPartnerOrganisations implements PartnerOrganisations {

    private final Transactions transactions;

    @Inject
    public JpaPartnerOrganisations(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaPartnerOrganisations() {
        this(null);
    }

    @Override
    public void save(PartnerOrganisation p) {
        EntityManager em = em();
        PartnerOrganisationEntity row = VersionedRows.rowToChange(em, transactions, PartnerOrganisationEntity.class,
                p.id().toString(), "partner organisation " + p.name(), p.version(), r -> r.version).orElse(null);
        if (row == null) {
            row = new PartnerOrganisationEntity();
            row.id = p.id().toString();
            copy(p, row);
            em.persist(row);
            return;
        }
        copy(p, row);
    }

    private static void copy(PartnerOrganisation p, PartnerOrganisationEntity row) {
        row.name = p.name();
        row.type = p.type().name();
        row.contactName = p.contact().name();
        row.contactEmail = p.contact().email();
        row.contactPhone = p.contact().phone();
    }

    @Override
    public Optional<PartnerOrganisation> find(PartnerId id) {
        return Optional.ofNullable(em().find(PartnerOrganisationEntity.class, id.toString()))
                .map(JpaPartnerOrganisations::toDomain);
    }

    @Override
    public List<PartnerOrganisation> all() {
        return em().createQuery("SELECT p FROM PartnerOrganisationEntity p ORDER BY p.name, p.id",
                PartnerOrganisationEntity.class).getResultStream().map(JpaPartnerOrganisations::toDomain).toList();
    }

    @Override
    public List<PartnerOrganisation> withContactEmail(String email) {
        return em().createQuery("SELECT p FROM PartnerOrganisationEntity p WHERE LOWER(p.contactEmail) = :email"
                + " ORDER BY p.name, p.id", PartnerOrganisationEntity.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT)).getResultStream()
                .map(JpaPartnerOrganisations::toDomain).toList();
    }

    private static PartnerOrganisation toDomain(PartnerOrganisationEntity e) {
        return new PartnerOrganisation(PartnerId.of(e.id), e.name, PartnerType.valueOf(e.type),
                new PartnerContact(e.contactName, e.contactEmail, e.contactPhone), e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
