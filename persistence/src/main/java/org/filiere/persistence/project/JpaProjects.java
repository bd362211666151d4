package org.filiere.persistence.project;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;

import org.filiere.kernel.StaleDataException;
import org.filiere.member.MemberId;
import org.filiere.persistence.SqlStates;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.project.LabelNumber;
import org.filiere.project.Project;
import org.filiere.project.ProjectId;
import org.filiere.project.ProjectState;
import org.filiere.project.Projects;

/** Projects in the library's database, through JPA. */
@ApplicationScoped
public class JpaProjects implements Projects {

    private final Transactions transactions;

    @Inject
    public JpaProjects(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaProjects() {
        this(null);
    }

    @Override
    public Optional<Project> find(ProjectId id) {
        return Optional.ofNullable(em().find(ProjectEntity.class, id.toString())).map(ProjectMapper::toDomain);
    }

    @Override
    public void save(Project project) {
        EntityManager em = em();
        ProjectEntity row = VersionedRows.rowToChange(em, transactions, ProjectEntity.class, project.id().toString(),
                "project \"" + project.title() + "\"", project.version(), r -> r.version).orElse(null);
        if (row == null) {
            row = new ProjectEntity();
            ProjectMapper.copy(project, row);
            em.persist(row);
            return;
        }
        ProjectMapper.copy(project, row);
    }

    @Override
    public List<Project> inStates(Set<ProjectState> states) {
        if (states.isEmpty()) {
            return List.of();
        }
        return em().createQuery("SELECT p FROM ProjectEntity p WHERE p.state IN :states ORDER BY p.title, p.id",
                ProjectEntity.class).setParameter("states", states.stream().map(ProjectState::name).toList())
                .getResultStream().map(ProjectMapper::toDomain).toList();
    }

    @Override
    public List<Project> involving(MemberId member) {
        return em().createQuery("SELECT p FROM ProjectEntity p WHERE p.holderSiren = :siren OR EXISTS ("
                + "SELECT pp FROM ProjectPartnerEntity pp WHERE pp.project = p AND pp.siren = :siren)"
                + " ORDER BY p.title, p.id", ProjectEntity.class).setParameter("siren", member.value())
                .getResultStream().map(ProjectMapper::toDomain).toList();
    }

    @Override
    public Map<ProjectState, Long> countByState() {
        Map<ProjectState, Long> counts = new EnumMap<>(ProjectState.class);
        em().createQuery("SELECT p.state, COUNT(p) FROM ProjectEntity p GROUP BY p.state", Object[].class)
                .getResultStream().forEach(row -> counts.put(ProjectState.valueOf((String) row[0]),
                        ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public SortedMap<Integer, Long> labelledByYear() {
        SortedMap<Integer, Long> counts = new TreeMap<>();
        em().createQuery("SELECT p.labelYear, COUNT(p) FROM ProjectEntity p WHERE p.labelYear IS NOT NULL"
                + " GROUP BY p.labelYear", Object[].class).getResultStream()
                .forEach(row -> counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue()));
        return counts;
    }

    /** Takes the next number under a row lock on the year's counter, held until the transaction ends. */
    @Override
    public LabelNumber nextLabelNumber(int year) {
        EntityManager em = em();
        LabelCounterEntity counter = em.find(LabelCounterEntity.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new LabelCounterEntity();
            counter.year = year;
            em.persist(counter);
            try {
                em.flush();
            } catch (PersistenceException e) {
                if (SqlStates.isUniqueViolation(e)) {
                    throw new StaleDataException(counter.recordName(),
                            "the first label of the year was given at the same moment");
                }
                throw e;
            }
        }
        counter.lastSequence++;
        return new LabelNumber(year, counter.lastSequence);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
