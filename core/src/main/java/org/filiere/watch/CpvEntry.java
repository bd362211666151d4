package org.filiere.watch;

import java.util.Optional;

/**
 * One code of the CPV 2008 with its labels and its place in the tree.
 *
 * @param code         the code
 * @param checkDigit   the check digit of its written form
 * @param frenchLabel  the French label
 * @param englishLabel the English label
 * @param parent       the code just above it, none for a division
 */
public record CpvEntry(CpvCode code, char checkDigit, String frenchLabel, String englishLabel,
        Optional<CpvCode> parent) {

    /** The written form: {@code 45233130-9}. */
    public String writtenCode() {
        return code.digits() + "-" + checkDigit;
    }

    @Override
    public String toString() {
        return writtenCode() + " " + frenchLabel;
    }
}
