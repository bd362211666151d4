package org.filiere.persistence.directory;

import static org.filiere.persistence.directory.PartnerRows.orEmpty;
import static org.filiere.persistence.directory.PartnerRows.text;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.directory.PartnerAddress;
import org.filiere.directory.PartnerListing;
import org.filiere.directory.PartnerListingDetails;
import org.filiere.directory.PartnerListingId;
import org.filiere.directory.PartnerListings;
import org.filiere.directory.PartnerSource;
import org.filiere.member.NafCode;
import org.filiere.member.Siret;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;

/** Partners' listings in the library's database. */
@ApplicationScoped
public class JpaPartnerListings implements PartnerListings {

    private final Transactions transactions;

    @Inject
    public JpaPartnerListings(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaPartnerListings() {
        this(null);
    }

    @Override
    public void save(PartnerListing listing) {
        EntityManager em = em();
        PartnerListingEntity row = em.find(PartnerListingEntity.class, listing.id().toString());
        if (row == null) {
            row = new PartnerListingEntity();
            row.id = listing.id().toString();
            row.source = listing.source().key();
            row.externalId = listing.externalId();
            row.firstSeenAt = listing.firstSeenAt();
            copy(listing, row);
            VersionedRows.insert(em, row, "it was stored by someone else at the same moment");
            return;
        }
        VersionedRows.change(em, transactions, row, row.version, listing.version());
        copy(listing, row);
    }

    @Override
    public Optional<PartnerListing> find(PartnerSource source, String externalId) {
        return em().createQuery("SELECT l FROM PartnerListingEntity l WHERE l.source = :source"
                + " AND l.externalId = :id", PartnerListingEntity.class).setParameter("source", source.key())
                .setParameter("id", externalId).getResultStream().findFirst().map(JpaPartnerListings::toDomain);
    }

    @Override
    public Optional<PartnerListing> find(PartnerListingId id) {
        return Optional.ofNullable(em().find(PartnerListingEntity.class, id.toString()))
                .map(JpaPartnerListings::toDomain);
    }

    @Override
    public List<PartnerListing> all() {
        return em().createQuery("SELECT l FROM PartnerListingEntity l ORDER BY l.name, l.id",
                PartnerListingEntity.class).getResultStream().map(JpaPartnerListings::toDomain).toList();
    }

    @Override
    public List<PartnerListing> withEmail(String email) {
        return em().createQuery("SELECT l FROM PartnerListingEntity l WHERE LOWER(l.email) = :email"
                + " ORDER BY l.name, l.id", PartnerListingEntity.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT)).getResultStream()
                .map(JpaPartnerListings::toDomain).toList();
    }

    @Override
    public long count(PartnerSource source) {
        return em().createQuery("SELECT COUNT(l) FROM PartnerListingEntity l WHERE l.source = :source", Long.class)
                .setParameter("source", source.key()).getSingleResult();
    }

    private static void copy(PartnerListing listing, PartnerListingEntity row) {
        PartnerListingDetails d = listing.details();
        row.name = d.name();
        row.siret = d.siret().map(Siret::value).orElse(null);
        row.nafCode = d.activity().map(NafCode::value).orElse(null);
        row.street = text(d.address().street());
        row.postcode = text(d.address().postcode());
        row.locality = text(d.address().locality());
        row.country = text(d.address().country());
        row.offer = text(d.offer());
        row.website = d.website().map(URI::toString).orElse(null);
        row.email = d.email().orElse(null);
        row.telephone = d.telephone().orElse(null);
        row.changedAt = listing.changedAt();
    }

    private static PartnerListing toDomain(PartnerListingEntity e) {
        PartnerListingDetails details = new PartnerListingDetails(e.name,
                Optional.ofNullable(e.siret).map(Siret::new), Optional.ofNullable(e.nafCode).map(NafCode::new),
                new PartnerAddress(e.street, e.postcode, e.locality, e.country), orEmpty(e.offer),
                Optional.ofNullable(e.website).map(URI::create), Optional.ofNullable(e.email),
                Optional.ofNullable(e.telephone));
        return new PartnerListing(PartnerListingId.parse(e.id), new PartnerSource(e.source), e.externalId, details,
                e.firstSeenAt, e.changedAt, e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
