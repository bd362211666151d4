package org.filiere.project;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The weighted criteria a proposal is scored on: those of the call for projects it answers, or the association's
 * own grid for proposals that answer no call.
 *
 * @param criteria the criteria, in the order they are shown; at least one, keys distinct
 */
public record EvaluationGrid(List<EvaluationCriterion> criteria) {

    public EvaluationGrid {
        if (criteria == null || criteria.isEmpty()) {
            throw new ProjectRefusedException("An evaluation grid needs at least one criterion");
        }
        criteria = List.copyOf(criteria);
        Set<String> keys = new HashSet<>();
        for (EvaluationCriterion c : criteria) {
            if (!keys.add(c.key())) {
                throw new ProjectRefusedException("Evaluation criterion \"" + c.key() + "\" appears twice in the grid");
            }
        }
    }

    /**
     * The grid used when no other is configured: innovation and collective dimension weigh 3, territorial impact
     * and feasibility weigh 2.
     */
    public static EvaluationGrid standard() {
        return new EvaluationGrid(List.of(new EvaluationCriterion("innovation", "Innovation", 3),
                new EvaluationCriterion("collective-dimension", "Collective dimension", 3),
                new EvaluationCriterion("territorial-impact", "Territorial impact", 2),
                new EvaluationCriterion("feasibility", "Feasibility", 2)));
    }

    /**
     * Reads a grid written as {@code label=weight} pairs separated by semicolons:
     * {@code Innovation=3; Collective dimension=3; Territorial impact=2; Feasibility=2}.
     */
    public static EvaluationGrid parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ProjectRefusedException("An evaluation grid needs at least one criterion");
        }
        return new EvaluationGrid(Arrays.stream(text.split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(EvaluationGrid::fromPair).toList());
    }

    private static EvaluationCriterion fromPair(String pair) {
        int eq = pair.lastIndexOf('=');
        if (eq <= 0) {
            throw new ProjectRefusedException("Evaluation criterion \"" + pair
                    + "\" is not valid: write it as label=weight, like Feasibility=2");
        }
        try {
            return EvaluationCriterion.named(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1).strip()));
        } catch (NumberFormatException e) {
            throw new ProjectRefusedException("Evaluation criterion \"" + pair
                    + "\" is not valid: its weight is not a whole number");
        }
    }

    /** The criterion with this key. */
    public Optional<EvaluationCriterion> criterion(String key) {
        return criteria.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** The sum of the weights. */
    public int totalWeight() {
        return criteria.stream().mapToInt(EvaluationCriterion::weight).sum();
    }

    /** The keys, in order. */
    public List<String> keys() {
        return criteria.stream().map(EvaluationCriterion::key).toList();
    }

    /** The grid as it is written in configuration. */
    public String formatted() {
        return criteria.stream().map(c -> c.label() + "=" + c.weight()).collect(Collectors.joining("; "));
    }
}
