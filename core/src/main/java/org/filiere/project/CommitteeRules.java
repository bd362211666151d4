package org.filiere.project;

import java.util.Objects;

/**
 * The association's configured committee rules.
 *
 * @param quorum       how many non-recused scorers a decision needs
 * @param decisionRule the threshold and the tie rule
 * @param defaultGrid  the grid for proposals that answer no call for projects
 */
public record CommitteeRules(Quorum quorum, DecisionRule decisionRule, EvaluationGrid defaultGrid) {

    public CommitteeRules {
        Objects.requireNonNull(quorum, "quorum");
        Objects.requireNonNull(decisionRule, "decisionRule");
        Objects.requireNonNull(defaultGrid, "defaultGrid");
    }
}
