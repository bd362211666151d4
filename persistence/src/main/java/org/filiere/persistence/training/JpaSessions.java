package org.filiere.persistence.training;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import org.filiere.persistence.BatchInserts;
import org.filiere.persistence.SqlStates;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.training.ExternalReference;
import org.filiere.training.InvalidTrainingDataException;
import org.filiere.training.Participant;
import org.filiere.training.Session;
import org.filiere.training.SessionId;
import org.filiere.training.SessionQuery;
import org.filiere.training.SessionStatus;
import org.filiere.training.SessionSummary;
import org.filiere.training.Sessions;
import org.filiere.training.SpeakerId;
import org.filiere.training.UnknownSessionException;

/**
 * Sessions in the library's database, through JPA. {@link #getForUpdate} takes a pessimistic write lock on the
 * session row ({@code SELECT ... FOR UPDATE}, on Derby and PostgreSQL alike), held until the transaction ends:
 * registrations to one session are thus made one after the other, each seeing all the ones before it.
 */
@ApplicationScoped
public class JpaSessions implements Sessions {

    private static final String INSERT_SESSION = "INSERT INTO training_session (id, course_id, starts_at, ends_at,"
            + " venue_name, venue_street, venue_postcode, venue_commune, capacity, price_members, price_non_members,"
            + " registration_deadline, status, sequence_number, cancellation_reason, ext_siret, ext_id, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_SPEAKER = "INSERT INTO training_speaker (session_id, speaker_order, speaker_id,"
            + " name, organisation, bio, employer_siren) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final Transactions transactions;

    @Inject
    public JpaSessions(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaSessions() {
        this(null);
    }

    @Override
    public Optional<Session> find(SessionId id) {
        return Optional.ofNullable(em().find(SessionEntity.class, id.toString())).map(TrainingMapper::toDomain);
    }

    @Override
    public Session getForUpdate(SessionId id) {
        SessionEntity row = em().find(SessionEntity.class, id.toString(), LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new UnknownSessionException(id);
        }
        return TrainingMapper.toDomain(row);
    }

    @Override
    public Optional<Session> findByExternalReference(ExternalReference reference) {
        return em().createQuery("SELECT s FROM SessionEntity s WHERE s.externalSiret = :siret AND s.externalId = :id",
                SessionEntity.class).setParameter("siret", reference.provider().value())
                .setParameter("id", reference.id()).getResultStream().findFirst().map(TrainingMapper::toDomain);
    }

    @Override
    public List<Session> withPerson(String email) {
        return em().createQuery("SELECT DISTINCT s FROM SessionEntity s JOIN s.registrations r"
                + " WHERE LOWER(r.email) = :email ORDER BY s.startsAt, s.id", SessionEntity.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT)).getResultStream()
                .map(TrainingMapper::toDomain).toList();
    }

    @Override
    public List<Session> withSpeaker(SpeakerId person) {
        return em().createQuery("SELECT DISTINCT s FROM SessionEntity s JOIN s.speakers p"
                + " WHERE p.speakerId = :speaker ORDER BY s.startsAt, s.id", SessionEntity.class)
                .setParameter("speaker", person.toString()).getResultStream()
                .map(TrainingMapper::toDomain).toList();
    }

    @Override
    public List<Session> find(SessionQuery query) {
        return matching(query).stream().map(TrainingMapper::toDomain).toList();
    }

    /**
     * Reads the matching sessions with their speakers; the counts of their confirmed and waitlisted registrations are
     * those their rows keep, so the registrations are neither read nor counted.
     */
    @Override
    public List<SessionSummary> summaries(SessionQuery query) {
        return matching(query).stream().map(TrainingMapper::toSummary).toList();
    }

    private List<SessionEntity> matching(SessionQuery query) {
        StringBuilder jpql = new StringBuilder("SELECT s FROM SessionEntity s WHERE 1 = 1");
        if (!query.statuses().isEmpty()) {
            jpql.append(" AND s.status IN :statuses");
        }
        query.startingFrom().ifPresent(f -> jpql.append(" AND s.startsAt >= :from"));
        query.startingBefore().ifPresent(b -> jpql.append(" AND s.startsAt < :before"));
        query.courseId().ifPresent(c -> jpql.append(" AND s.courseId = :course"));
        jpql.append(" ORDER BY s.startsAt, s.id");
        TypedQuery<SessionEntity> q = em().createQuery(jpql.toString(), SessionEntity.class);
        if (!query.statuses().isEmpty()) {
            q.setParameter("statuses", query.statuses().stream().map(SessionStatus::name).toList());
        }
        query.startingFrom().ifPresent(f -> q.setParameter("from", f));
        query.startingBefore().ifPresent(b -> q.setParameter("before", b));
        query.courseId().ifPresent(c -> q.setParameter("course", c.toString()));
        return q.getResultList();
    }

    @Override
    public List<Session> endedBeforeWithPersonalData(LocalDateTime cutoff) {
        return em().createQuery("SELECT DISTINCT s FROM SessionEntity s JOIN s.registrations r"
                + " WHERE s.endsAt < :cutoff AND r.email NOT LIKE :erased"
                + " ORDER BY s.startsAt, s.id", SessionEntity.class)
                .setParameter("cutoff", cutoff).setParameter("erased", "%" + Participant.ERASED_DOMAIN)
                .getResultStream()
                .map(TrainingMapper::toDomain).toList();
    }

    @Override
    public void save(Session session) {
        EntityManager em = em();
        SessionEntity row = VersionedRows.rowToChange(em, transactions, SessionEntity.class, session.id().toString(),
                "training " + session.describeForPeople(), session.version(), r -> r.version).orElse(null);
        if (row == null) {
            row = new SessionEntity();
            TrainingMapper.copy(session, row);
            em.persist(row);
            if (session.externalReference().isPresent()) {
                flushNew(em, session);
            }
            return;
        }
        TrainingMapper.copy(session, row);
    }

    /**
     * Writes the new sessions and their speakers in one JDBC batch per table, on the transaction's own connection,
     * as the persistence unit would write them (version 1) but without tracking them in the persistence context: a
     * large import's sessions go in at the pace of the database. Changes already pending in the transaction are
     * written first.
     */
    @Override
    public void insertAll(List<Session> newSessions) {
        for (Session session : newSessions) {
            if (session.version() != 0) {
                throw new IllegalArgumentException("Session " + session.id() + " was stored before; save it instead");
            }
        }
        if (newSessions.isEmpty()) {
            return;
        }
        List<SessionEntity> rows = new ArrayList<>(newSessions.size());
        List<SpeakerEntity> speakers = new ArrayList<>();
        for (Session session : newSessions) {
            SessionEntity row = new SessionEntity();
            TrainingMapper.copy(session, row);
            rows.add(row);
            speakers.addAll(row.speakers);
        }
        try {
            BatchInserts.on(em()).insert(INSERT_SESSION, rows, JpaSessions::bindSession)
                    .insert(INSERT_SPEAKER, speakers, JpaSessions::bindSpeaker);
        } catch (SQLException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw new InvalidTrainingDataException("Sessions imported together", "references",
                        "include one already used by another session");
            }
            throw new PersistenceException("The " + newSessions.size() + " new sessions could not be written: "
                    + e.getMessage(), e);
        }
    }

    private static void bindSession(PreparedStatement insert, SessionEntity row) throws SQLException {
        insert.setString(1, row.id);
        insert.setString(2, row.courseId);
        insert.setTimestamp(3, Timestamp.valueOf(row.startsAt));
        insert.setTimestamp(4, Timestamp.valueOf(row.endsAt));
        insert.setString(5, row.venueName);
        insert.setString(6, row.venueStreet);
        insert.setString(7, row.venuePostcode);
        insert.setString(8, row.venueCommune);
        insert.setInt(9, row.capacity);
        insert.setBigDecimal(10, row.priceMembers);
        insert.setBigDecimal(11, row.priceNonMembers);
        insert.setDate(12, Date.valueOf(row.registrationDeadline));
        insert.setString(13, row.status);
        insert.setInt(14, row.sequence);
        insert.setString(15, row.cancellationReason);
        insert.setString(16, row.externalSiret);
        insert.setString(17, row.externalId);
        insert.setLong(18, BatchInserts.FIRST_VERSION);
    }

    private static void bindSpeaker(PreparedStatement insert, SpeakerEntity row) throws SQLException {
        insert.setString(1, row.sessionId);
        insert.setInt(2, row.position);
        insert.setString(3, row.speakerId);
        insert.setString(4, row.name);
        insert.setString(5, row.organisation);
        insert.setString(6, row.bio);
        insert.setString(7, row.employerSiren);
    }

    private static void flushNew(EntityManager em, Session session) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw new InvalidTrainingDataException("Training " + session.describeForPeople(), "reference "
                        + session.externalReference().orElseThrow(), "is already used by another session");
            }
            throw e;
        }
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
