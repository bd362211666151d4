package org.filiere.persistence.directory;

import static org.filiere.persistence.directory.PartnerRows.orEmpty;
import static org.filiere.persistence.directory.PartnerRows.text;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.directory.PartnerAddress;
import org.filiere.directory.PartnerEvent;
import org.filiere.directory.PartnerEventDetails;
import org.filiere.directory.PartnerEventId;
import org.filiere.directory.PartnerEvents;
import org.filiere.directory.PartnerSource;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;

/** Partners' events in the library's database. */
@ApplicationScoped
public class JpaPartnerEvents implements PartnerEvents {

    private final Transactions transactions;

    @Inject
    public JpaPartnerEvents(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaPartnerEvents() {
        this(null);
    }

    @Override
    public void save(PartnerEvent event) {
        EntityManager em = em();
        PartnerEventEntity row = em.find(PartnerEventEntity.class, event.id().toString());
        if (row == null) {
            row = new PartnerEventEntity();
            row.id = event.id().toString();
            row.source = event.source().key();
            row.externalId = event.externalId();
            row.firstSeenAt = event.firstSeenAt();
            copy(event, row);
            VersionedRows.insert(em, row, "it was stored by someone else at the same moment");
            return;
        }
        VersionedRows.change(em, transactions, row, row.version, event.version());
        copy(event, row);
    }

    @Override
    public Optional<PartnerEvent> find(PartnerSource source, String externalId) {
        return em().createQuery("SELECT e FROM PartnerEventEntity e WHERE e.source = :source AND e.externalId = :id",
                PartnerEventEntity.class).setParameter("source", source.key()).setParameter("id", externalId)
                .getResultStream().findFirst().map(JpaPartnerEvents::toDomain);
    }

    @Override
    public List<PartnerEvent> from(Instant moment) {
        return em().createQuery("SELECT e FROM PartnerEventEntity e WHERE e.endsAt >= :moment"
                + " OR (e.endsAt IS NULL AND e.startsAt >= :moment) ORDER BY e.startsAt, e.id",
                PartnerEventEntity.class).setParameter("moment", moment).getResultStream()
                .map(JpaPartnerEvents::toDomain).toList();
    }

    @Override
    public long count(PartnerSource source) {
        return em().createQuery("SELECT COUNT(e) FROM PartnerEventEntity e WHERE e.source = :source", Long.class)
                .setParameter("source", source.key()).getSingleResult();
    }

    private static void copy(PartnerEvent event, PartnerEventEntity row) {
        PartnerEventDetails d = event.details();
        row.title = d.title();
        row.description = text(d.description());
        row.startsAt = d.start();
        row.endsAt = d.end().orElse(null);
        row.place = text(d.place());
        row.street = text(d.address().street());
        row.postcode = text(d.address().postcode());
        row.locality = text(d.address().locality());
        row.country = text(d.address().country());
        row.url = d.url().map(URI::toString).orElse(null);
        row.organiser = text(d.organiser());
        row.changedAt = event.changedAt();
    }

    private static PartnerEvent toDomain(PartnerEventEntity e) {
        PartnerEventDetails details = new PartnerEventDetails(e.title, orEmpty(e.description), e.startsAt,
                Optional.ofNullable(e.endsAt), orEmpty(e.place),
                new PartnerAddress(e.street, e.postcode, e.locality, e.country),
                Optional.ofNullable(e.url).map(URI::create), orEmpty(e.organiser));
        return new PartnerEvent(PartnerEventId.parse(e.id), new PartnerSource(e.source), e.externalId, details,
                e.firstSeenAt, e.changedAt, e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
