package org.filiere.project;

/** A decision was asked for before enough non-recused committee members scored the proposal. */
public class QuorumNotReachedException extends ProjectRefusedException {

    private static final long serialVersionUID = 1L;

    public QuorumNotReachedException(AgendaItem item, int scorers, int recused, int quorum) {
        super("Proposal \"" + item.title() + "\" cannot be decided yet: " + scorers + " committee member"
                + (scorers == 1 ? " has" : "s have") + " scored it (" + recused + " recused), and the quorum is "
                + quorum + " non-recused scorers");
    }
}
