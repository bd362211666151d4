package org.filiere.persistence.event;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import org.filiere.event.Event;
import org.filiere.event.EventId;
import org.filiere.event.EventKind;
import org.filiere.event.EventQuery;
import org.filiere.event.EventStatus;
import org.filiere.event.EventYearFigures;
import org.filiere.event.Events;
import org.filiere.event.UnknownEventException;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.training.Participant;

/**
 * Events in the library's database, through JPA. {@link #getForUpdate} takes a pessimistic write lock on the event
 * row, held until the transaction ends, so that registrations to one event are made one after the other. The yearly
 * figures are counted by the database (COUNT, SUM, GROUP BY on {@code event_year}), without loading the events: a
 * handful of groups (kind; member rate and attendance) come back, whatever the number of events.
 */
@ApplicationScoped
public class JpaEvents implements Events {

    private final Transactions transactions;

    @Inject
    public JpaEvents(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaEvents() {
        this(null);
    }

    @Override
    public Optional<Event> find(EventId id) {
        return Optional.ofNullable(em().find(EventEntity.class, id.toString())).map(EventMapper::toDomain);
    }

    @Override
    public Event getForUpdate(EventId id) {
        EventEntity row = em().find(EventEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new UnknownEventException(id);
        }
        return EventMapper.toDomain(row);
    }

    @Override
    public List<Event> find(EventQuery query) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM EventEntity e WHERE 1 = 1");
        if (!query.statuses().isEmpty()) {
            jpql.append(" AND e.status IN :statuses");
        }
        if (!query.kinds().isEmpty()) {
            jpql.append(" AND e.kind IN :kinds");
        }
        query.year().ifPresent(y -> jpql.append(" AND e.year = :year"));
        query.startingFrom().ifPresent(f -> jpql.append(" AND e.startsAt >= :from"));
        jpql.append(" ORDER BY e.startsAt, e.id");
        TypedQuery<EventEntity> q = em().createQuery(jpql.toString(), EventEntity.class);
        if (!query.statuses().isEmpty()) {
            q.setParameter("statuses", query.statuses().stream().map(EventStatus::name).toList());
        }
        if (!query.kinds().isEmpty()) {
            q.setParameter("kinds", query.kinds().stream().map(EventKind::name).toList());
        }
        query.year().ifPresent(y -> q.setParameter("year", y));
        query.startingFrom().ifPresent(f -> q.setParameter("from", f));
        return q.getResultList().stream().map(EventMapper::toDomain).toList();
    }

    @Override
    public List<Event> withPerson(String email) {
        return em().createQuery("SELECT DISTINCT e FROM EventEntity e JOIN e.registrations r"
                + " WHERE LOWER(r.email) = :email ORDER BY e.startsAt, e.id", EventEntity.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT)).getResultStream()
                .map(EventMapper::toDomain).toList();
    }

    @Override
    public List<Event> endedBeforeWithPersonalData(LocalDateTime cutoff) {
        return em().createQuery("SELECT DISTINCT e FROM EventEntity e JOIN e.registrations r"
                + " WHERE e.endsAt < :cutoff AND r.email NOT LIKE :erased"
                + " ORDER BY e.startsAt, e.id", EventEntity.class)
                .setParameter("cutoff", cutoff).setParameter("erased", "%" + Participant.ERASED_DOMAIN)
                .getResultStream()
                .map(EventMapper::toDomain).toList();
    }

    @Override
    public void save(Event event) {
        EntityManager em = em();
        EventEntity row = VersionedRows.rowToChange(em, transactions, EventEntity.class, event.id().toString(),
                event.describe(), event.version(), r -> r.version).orElse(null);
        if (row == null) {
            row = new EventEntity();
            EventMapper.copy(event, row);
            em.persist(row);
            return;
        }
        EventMapper.copy(event, row);
    }

    @Override
    public EventYearFigures yearFigures(int year) {
        Map<EventKind, Long> held = new EnumMap<>(EventKind.class);
        em().createQuery("SELECT e.kind, COUNT(e) FROM EventEntity e WHERE e.year = :year AND e.status = :held"
                + " GROUP BY e.kind", Object[].class).setParameter("year", year)
                .setParameter("held", EventStatus.HELD.name()).getResultStream()
                .forEach(row -> held.put(EventKind.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        long registrants = 0;
        long present = 0;
        long members = 0;
        long answers = 0;
        long scores = 0;
        List<Object[]> groups = em().createQuery("SELECT r.memberRate, r.attendance, COUNT(r), COUNT(r.feedbackScore),"
                + " SUM(r.feedbackScore) FROM EventRegistrationEntity r JOIN r.event e"
                + " WHERE e.year = :year AND e.status = :held AND r.status = :confirmed"
                + " GROUP BY r.memberRate, r.attendance", Object[].class)
                .setParameter("year", year).setParameter("held", EventStatus.HELD.name())
                .setParameter("confirmed", "CONFIRMED").getResultList();
        for (Object[] group : groups) {
            long count = number(group[2]);
            registrants += count;
            present += "PRESENT".equals(group[1]) ? count : 0;
            members += Boolean.TRUE.equals(group[0]) ? count : 0;
            answers += number(group[3]);
            scores += number(group[4]);
        }
        return new EventYearFigures(year, held, registrants, present, members, answers, scores);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
