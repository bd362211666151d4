package org.filiere.project;

/** A score the committee's rules refuse (recused scorer, incomplete sheet, out of range...); the message says why. */
public class ScoreRefusedException extends ProjectRefusedException {

    private static final long serialVersionUID = 1L;

    public ScoreRefusedException(String message) {
        super(message);
    }
}
