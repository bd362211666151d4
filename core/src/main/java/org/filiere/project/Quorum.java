package org.filiere.project;

/**
 * The rule that a proposal is decided only once enough committee members who are not recused from it have scored
 * it.
 *
 * @param minimumScorers how many non-recused scorers are needed, at least 1
 */
public record Quorum(int minimumScorers) {

    public Quorum {
        if (minimumScorers < 1) {
            throw new ProjectRefusedException("A committee quorum of " + minimumScorers
                    + " scorers is not valid: at least one scorer is needed");
        }
    }

    /** Whether that many score sheets reach the quorum. */
    public boolean isReachedBy(int scorers) {
        return scorers >= minimumScorers;
    }

    /** Refuses a decision the quorum does not allow yet. */
    public void check(AgendaItem item, int scorers, int recused) {
        if (!isReachedBy(scorers)) {
            throw new QuorumNotReachedException(item, scorers, recused, minimumScorers);
        }
    }
}
