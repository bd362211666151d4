package org.filiere.project;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The label a project received from the committee.
 *
 * @param number     its label number
 * @param labelledOn the day of the committee's decision
 */
public record Label(LabelNumber number, LocalDate labelledOn) {

    public Label {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(labelledOn, "labelledOn");
    }
}
