package org.filiere.persistence.project;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.filiere.persistence.Transactions;
import org.filiere.persistence.VersionedRows;
import org.filiere.project.CallForProjects;
import org.filiere.project.CallForProjectsId;
import org.filiere.project.CallsForProjects;
import org.filiere.project.EvaluationCriterion;
import org.filiere.project.EvaluationGrid;

/** Calls for projects in the library's database, through JPA. */
@ApplicationScoped
public class JpaCallsForProjects implements CallsForProjects {

    private final Transactions transactions;

    @Inject
    public JpaCallsForProjects(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaCallsForProjects() {
        this(null);
    }

    @Override
    public void save(CallForProjects call) {
        EntityManager em = em();
        CallForProjectsEntity row = VersionedRows.rowToChange(em, transactions, CallForProjectsEntity.class,
                call.id().toString(), "call for projects \"" + call.title() + "\"",
                call.version(), r -> r.version).orElse(null);
        if (row == null) {
            row = new CallForProjectsEntity();
            row.id = call.id().toString();
            copy(call, row);
            em.persist(row);
            return;
        }
        copy(call, row);
    }

    private static void copy(CallForProjects call, CallForProjectsEntity row) {
        row.title = call.title();
        row.funder = call.funder();
        row.opensOn = call.opensOn();
        row.closesOn = call.closesOn();
        List<EvaluationCriterion> criteria = call.grid().criteria();
        ChildRows.sync(row.criteria, criteria, r -> r.key, EvaluationCriterion::key, () -> {
            CallCriterionEntity r = new CallCriterionEntity();
            r.id = UUID.randomUUID().toString();
            r.call = row;
            return r;
        }, (c, r) -> {
            r.ordinal = criteria.indexOf(c);
            r.key = c.key();
            r.label = c.label();
            r.weight = c.weight();
        });
    }

    @Override
    public Optional<CallForProjects> find(CallForProjectsId id) {
        return Optional.ofNullable(em().find(CallForProjectsEntity.class, id.toString()))
                .map(JpaCallsForProjects::toDomain);
    }

    @Override
    public List<CallForProjects> all() {
        return em().createQuery("SELECT c FROM CallForProjectsEntity c ORDER BY c.opensOn DESC, c.id",
                CallForProjectsEntity.class).getResultStream().map(JpaCallsForProjects::toDomain).toList();
    }

    private static CallForProjects toDomain(CallForProjectsEntity e) {
        return new CallForProjects(CallForProjectsId.of(e.id), e.title, e.funder, e.opensOn, e.closesOn,
                new EvaluationGrid(e.criteria.stream().map(c -> new EvaluationCriterion(c.key, c.label, c.weight))
                        .toList()), e.version);
    }

    private EntityManager em() {
        return transactions.entityManager();
    }
}
