package org.filiere.project;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.filiere.kernel.TextLimit;

/**
 * A criterion the committee scores a proposal on, from 0 to 5, and its weight in the weighted average.
 *
 * @param key    a stable key ({@code territorial-impact})
 * @param label  the name shown to people ({@code Territorial impact})
 * @param weight its weight, from 1 to 100
 */
public record EvaluationCriterion(String key, String label, int weight) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_KEY = 80;

    public EvaluationCriterion {
        if (key == null || !KEY.matcher(key).matches() || key.length() > MAX_KEY) {
            throw new ProjectRefusedException("Evaluation criterion key \"" + key
                    + "\" is not valid: it is written in lower-case words joined by dashes, like territorial-impact,"
                    + " in at most " + MAX_KEY + " characters");
        }
        if (label == null || label.isBlank()) {
            throw new ProjectRefusedException("Evaluation criterion \"" + key + "\" needs a label");
        }
        label = TextLimit.check("Evaluation criterion \"" + key + "\"", "label", label.strip(), TextLimit.SHORT);
        if (weight < 1 || weight > 100) {
            throw new ProjectRefusedException("Evaluation criterion \"" + label + "\" has weight " + weight
                    + "; a weight is between 1 and 100");
        }
    }

    /** A criterion whose key is made from its label ({@code Impact territorial} gives {@code impact-territorial}). */
    public static EvaluationCriterion named(String label, int weight) {
        if (label == null || label.isBlank()) {
            throw new ProjectRefusedException("An evaluation criterion needs a label");
        }
        String key = Normalizer.normalize(label.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return new EvaluationCriterion(key, label, weight);
    }
}
