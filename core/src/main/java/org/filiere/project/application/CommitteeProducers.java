package org.filiere.project.application;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.filiere.kernel.InvalidFieldException;
import org.filiere.project.CommitteeRules;
import org.filiere.project.DecisionRule;
import org.filiere.project.EvaluationGrid;
import org.filiere.project.ProjectRefusedException;
import org.filiere.project.Quorum;
import org.filiere.project.TieRule;

/**
 * The labelling committee's rules, from MicroProfile Config:
 * <ul>
 * <li>{@code filiere.committee.quorum}: non-recused scorers a decision needs (default 5);</li>
 * <li>{@code filiere.committee.threshold}: the weighted average out of 5 above which a project is labelled
 * (default 3.00);</li>
 * <li>{@code filiere.committee.tie-rule}: {@code label}, {@code reject}, {@code defer} or {@code scorer-majority}
 * when the average is exactly the threshold (default {@code defer});</li>
 * <li>{@code filiere.committee.criteria}: the grid of proposals that answer no call, as
 * {@code Innovation=3; Feasibility=2} (default {@link EvaluationGrid#standard()}).</li>
 * </ul>
 */
@ApplicationScoped
public class CommitteeProducers {

    @Inject
    @ConfigProperty(name = "filiere.committee.quorum", defaultValue = "5")
    int quorum;

    @Inject
    @ConfigProperty(name = "filiere.committee.threshold", defaultValue = "3.00")
    String threshold;

    @Inject
    @ConfigProperty(name = "filiere.committee.tie-rule", defaultValue = "defer")
    String tieRule;

    @Inject
    @ConfigProperty(name = "filiere.committee.criteria")
    Optional<String> criteria;

    @Produces
    @Singleton
    CommitteeRules committeeRules() {
        return rules(quorum, threshold, tieRule, criteria);
    }

    /**
     * The rules from their configured values.
     *
     * @throws IllegalArgumentException naming the configuration key of a value that is not valid
     */
    public static CommitteeRules rules(int quorum, String threshold, String tieRule, Optional<String> criteria) {
        Quorum q = configured("filiere.committee.quorum", () -> new Quorum(quorum));
        BigDecimal t = configured("filiere.committee.threshold", () -> {
            try {
                return new BigDecimal(threshold.strip());
            } catch (NumberFormatException e) {
                throw new ProjectRefusedException("'" + threshold + "' is not a number");
            }
        });
        DecisionRule rule = configured("filiere.committee.threshold",
                () -> new DecisionRule(t, configured("filiere.committee.tie-rule", () -> TieRule.parse(tieRule))));
        EvaluationGrid grid = configured("filiere.committee.criteria",
                () -> criteria.map(EvaluationGrid::parse).orElseGet(EvaluationGrid::standard));
        return new CommitteeRules(q, rule, grid);
    }

    private static <T> T configured(String key, Supplier<T> value) {
        try {
            return value.get();
        } catch (ProjectRefusedException | InvalidFieldException e) {
            throw new IllegalArgumentException(key + " is not valid: " + e.getMessage(), e);
        }
    }
}
