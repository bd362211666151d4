package org.filiere.integration.training;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.integration.camel.idempotency.ClaimedMeanwhileException;
import org.filiere.integration.camel.idempotency.IdempotentRepositories;
import org.filiere.integration.training.CatalogueImport.Prepared;
import org.filiere.persistence.CurrentTransaction;
import org.filiere.training.application.CatalogueService;
import org.filiere.training.application.ProviderCourse;
import org.filiere.training.application.ProviderCourseOutcome;

/**
 * Imports courses in one transaction with the claims of their keys, so that the claims commit with the import or
 * not at all: a course whose key was claimed before is found unchanged and left alone.
 */
@ApplicationScoped
@Transactional
public class ClaimedImport {

    private final CatalogueService catalogue;
    private final IdempotentRepositories repositories;
    private final CurrentTransaction transaction;

    @Inject
    public ClaimedImport(CatalogueService catalogue, IdempotentRepositories repositories,
            CurrentTransaction transaction) {
        this.catalogue = catalogue;
        this.repositories = repositories;
        this.transaction = transaction;
    }

    /** For the CDI container's proxies. */
    protected ClaimedImport() {
        this(null, null, null);
    }

    /** What a chunk's transaction did: the outcomes of the courses it claimed, and how many it found unchanged. */
    record Claimed(List<ProviderCourseOutcome> outcomes, int unchanged) {
    }

    /**
     * Claims the keys of a chunk and imports the courses it claimed, all in one transaction.
     *
     * @throws ClaimedMeanwhileException when another node claimed one of the keys meanwhile (nothing was kept)
     */
    Claimed importChunk(List<Prepared> chunk) {
        Set<String> fresh = claim(chunk.stream().map(Prepared::key).toList());
        List<ProviderCourse> mine = chunk.stream().filter(p -> fresh.contains(p.key())).map(Prepared::course).toList();
        List<ProviderCourseOutcome> outcomes = mine.isEmpty() ? List.of() : catalogue.importProviderCourses(mine);
        PausePoints.reach(PausePoints.MID_CHUNK);
        return new Claimed(outcomes, chunk.size() - mine.size());
    }

    /**
     * Claims the key of one course and imports it, in one transaction; empty when it was imported before.
     *
     * @throws ClaimedMeanwhileException when another node claimed the key meanwhile (nothing was kept)
     */
    Optional<ProviderCourseOutcome> importOne(Prepared course) {
        return claim(List.of(course.key())).isEmpty() ? Optional.empty()
                : Optional.of(catalogue.importProviderCourse(course.course()));
    }

    private Set<String> claim(List<String> keys) {
        return repositories.named(CatalogueImport.IMPORTED_COURSES).claimAll(transaction.connection(), keys);
    }
}
