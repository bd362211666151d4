package org.filiere.project;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the committee decides when a proposal's weighted average is exactly the threshold. */
public enum TieRule {
    /** The threshold is reached: the project is labelled. */
    LABEL("to label"),
    /** The threshold must be passed: the proposal is rejected. */
    REJECT("to reject"),
    /** The decision is deferred to a later session. */
    DEFER("to defer the decision to a later session"),
    /**
     * Each scorer's own weighted average counts as a vote: labelled if more scorers are above the threshold than
     * below, rejected if more are below, deferred if they are as many.
     */
    SCORER_MAJORITY("that the majority of scorers decides");

    private final String description;

    TieRule(String description) {
        this.description = description;
    }

    /** The rule in words, as it appears in a decision's reasons. */
    public String description() {
        return description;
    }

    /** Reads a rule as written in configuration: {@code defer}, {@code scorer-majority}, {@code SCORER_MAJORITY}. */
    public static TieRule parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new ProjectRefusedException("Tie rule \"" + text + "\" is not known: it is one of "
                        + Arrays.stream(values()).map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                                .collect(Collectors.joining(", "))));
    }
}
