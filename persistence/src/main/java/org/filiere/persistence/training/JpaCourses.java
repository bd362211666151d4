package org.filiere.persistence.training;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.filiere.member.Siret;
import org.filiere.persistence.BatchInserts;
import org.filiere.persistence.SqlStates;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.training.Course;
import org.filiere.training.CourseId;
import org.filiere.training.Courses;
import org.filiere.training.ExternalReference;
import org.filiere.training.InvalidTrainingDataException;

/** Courses in the library's database, through JPA. */
@ApplicationScoped
public class JpaCourses implements Courses {

    /** How many ids one {@code IN} list carries at most. */
    static final int IN_LIST = 500;

    private static final String INSERT = "INSERT INTO training_course (id, title, objectives, duration_hours,"
            + " formacode, nsf_code, provider_siret, provider_name, ext_siret, ext_id, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Transactions transactions;

    @Inject
    public JpaCourses(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaCourses() {
        this(null);
    }

    @Override
    public Optional<Course> find(CourseId id) {
        return Optional.ofNullable(em().find(CourseEntity.class, id.toString())).map(TrainingMapper::toDomain);
    }

    @Override
    public Map<CourseId, Course> find(Collection<CourseId> ids) {
        List<String> all = ids.stream().map(CourseId::toString).distinct().toList();
        Map<CourseId, Course> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<String> chunk = new ArrayList<>(all.subList(from, Math.min(all.size(), from + IN_LIST)));
            em().createQuery("SELECT c FROM CourseEntity c WHERE c.id IN :ids", CourseEntity.class)
                    .setParameter("ids", chunk).getResultStream().map(TrainingMapper::toDomain)
                    .forEach(c -> found.put(c.id(), c));
        }
        return found;
    }

    @Override
    public Optional<Course> findByExternalReference(ExternalReference reference) {
        return em().createQuery("SELECT c FROM CourseEntity c WHERE c.externalSiret = :siret AND c.externalId = :id",
                CourseEntity.class).setParameter("siret", reference.provider().value())
                .setParameter("id", reference.id()).getResultStream().findFirst().map(TrainingMapper::toDomain);
    }

    /** Looks the references up per training organisation, an {@code IN} list of its ids per query. */
    @Override
    public Map<ExternalReference, Course> findByExternalReferences(Collection<ExternalReference> references) {
        Map<Siret, List<String>> idsByProvider = new HashMap<>();
        references.forEach(r -> idsByProvider.computeIfAbsent(r.provider(), p -> new ArrayList<>()).add(r.id()));
        Map<ExternalReference, Course> found = new HashMap<>();
        idsByProvider.forEach((provider, ids) -> {
            List<String> distinct = ids.stream().distinct().toList();
            for (int from = 0; from < distinct.size(); from += IN_LIST) {
                em().createQuery("SELECT c FROM CourseEntity c WHERE c.externalSiret = :siret AND c.externalId IN :ids",
                        CourseEntity.class).setParameter("siret", provider.value())
                        .setParameter("ids", distinct.subList(from, Math.min(distinct.size(), from + IN_LIST)))
                        .getResultStream().forEach(row -> found.put(new ExternalReference(provider, row.externalId),
                                TrainingMapper.toDomain(row)));
            }
        });
        return found;
    }

    @Override
    public Map<ExternalReference, CourseId> findImportedFrom(Siret provider) {
        Map<ExternalReference, CourseId> found = new HashMap<>();
        em().createQuery("SELECT c.externalId, c.id FROM CourseEntity c WHERE c.externalSiret = :siret",
                Object[].class).setParameter("siret", provider.value()).getResultStream()
                .forEach(row -> found.put(new ExternalReference(provider, (String) row[0]),
                        CourseId.of((String) row[1])));
        return found;
    }

    @Override
    public List<Course> all() {
        return em().createQuery("SELECT c FROM CourseEntity c ORDER BY c.title, c.id", CourseEntity.class)
                .getResultStream().map(TrainingMapper::toDomain).toList();
    }

    @Override
    public void save(Course course) {
        EntityManager em = em();
        CourseEntity row = VersionedRows.rowToChange(em, transactions, CourseEntity.class, course.id().toString(),
                "course \"" + course.title() + "\"", course.version(), r -> r.version).orElse(null);
        if (row == null) {
            row = new CourseEntity();
            TrainingMapper.copy(course, row);
            em.persist(row);
            if (course.externalReference().isPresent()) {
                flushNew(em, course);
            }
            return;
        }
        TrainingMapper.copy(course, row);
    }

    /**
     * Writes the new courses in one JDBC batch, on the transaction's own connection, as the persistence unit would
     * write them (version 1) but without tracking them in the persistence context. Changes already pending in the
     * transaction are written first.
     */
    @Override
    public void insertAll(List<Course> newCourses) {
        for (Course course : newCourses) {
            if (course.version() != 0) {
                throw new IllegalArgumentException("Course " + course.id() + " was stored before; save it instead");
            }
        }
        if (newCourses.isEmpty()) {
            return;
        }
        List<CourseEntity> rows = new ArrayList<>(newCourses.size());
        for (Course course : newCourses) {
            CourseEntity row = new CourseEntity();
            TrainingMapper.copy(course, row);
            rows.add(row);
        }
        try {
            BatchInserts.on(em()).insert(INSERT, rows, (insert, row) -> {
                insert.setString(1, row.id);
                insert.setString(2, row.title);
                insert.setString(3, row.objectives);
                insert.setBigDecimal(4, row.hours);
                insert.setString(5, row.formacode);
                insert.setString(6, row.nsfCode);
                insert.setString(7, row.providerSiret);
                insert.setString(8, row.providerName);
                insert.setString(9, row.externalSiret);
                insert.setString(10, row.externalId);
                insert.setLong(11, BatchInserts.FIRST_VERSION);
            });
        } catch (SQLException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw new InvalidTrainingDataException("Courses imported together", "references",
                        "include one already used by another course");
            }
            throw new PersistenceException("The " + newCourses.size() + " new courses could not be written: "
                    + e.getMessage(), e);
        }
    }

    private static void flushNew(EntityManager em, Course course) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw new InvalidTrainingDataException("Course \"" + course.title() + "\"", "reference "
                        + course.externalReference().orElseThrow(), "is already used by another course");
            }
            throw e;
        }
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
