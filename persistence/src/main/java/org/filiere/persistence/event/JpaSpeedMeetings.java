package org.filiere.persistence.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.filiere.event.EventId;
import org.filiere.event.UnknownEventException;
import org.filiere.kernel.NotFoundException;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.speedmeeting.SpeedMeeting;
import org.filiere.speedmeeting.SpeedMeetings;

/**
 * Speed-meetings in the library's database, through JPA. {@link #getForUpdate} takes a pessimistic write lock on the
 * speed-meeting row ({@code SELECT ... FOR UPDATE}), held until the transaction ends: requests and answers to one
 * event are made one after the other, each seeing all the ones before it.
 */
@ApplicationScoped
public class JpaSpeedMeetings implements SpeedMeetings {

    private final Transactions transactions;

    @Inject
    public JpaSpeedMeetings(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaSpeedMeetings() {
        this(null);
    }

    @Override
    public Optional<SpeedMeeting> find(EventId event) {
        return Optional.ofNullable(em().find(SpeedMeetingEntity.class, event.toString()))
                .map(row -> SpeedMeetingMapper.toDomain(row, title(event)));
    }

    @Override
    public SpeedMeeting getForUpdate(EventId event) {
        SpeedMeetingEntity row = em().find(SpeedMeetingEntity.class, event.toString(), LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new NotFoundException("speed-meeting for event " + event + " (open it first)");
        }
        return SpeedMeetingMapper.toDomain(row, title(event));
    }

    private String title(EventId event) {
        EventEntity row = em().find(EventEntity.class, event.toString());
        if (row == null) {
            throw new UnknownEventException(event);
        }
        return row.title;
    }

    @Override
    public List<SpeedMeeting> withPerson(String email) {
        return em().createQuery("SELECT DISTINCT s FROM SpeedMeetingEntity s JOIN s.participants p"
                + " WHERE LOWER(p.email) = :email", SpeedMeetingEntity.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT)).getResultStream()
                .map(row -> SpeedMeetingMapper.toDomain(row, title(EventId.of(row.eventId)))).toList();
    }

    @Override
    public void save(SpeedMeeting s) {
        EntityManager em = em();
        SpeedMeetingEntity row = VersionedRows.rowToChange(em, transactions, SpeedMeetingEntity.class,
                s.event().toString(), s.describe(), s.version(), r -> r.version).orElse(null);
        if (row == null) {
            row = new SpeedMeetingEntity();
            SpeedMeetingMapper.copy(s, row);
            em.persist(row);
            return;
        }
        SpeedMeetingMapper.copy(s, row);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
