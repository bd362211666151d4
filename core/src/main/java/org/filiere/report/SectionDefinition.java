package org.filiere.report;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One section of the activity report: its figures, where it stands among the sections, and the resource bundle
 * holding its texts ({@code section.<key>.title}, and each figure's {@code label} and {@code definition}).
 *
 * @param key     a stable key ({@code training})
 * @param order   sections are shown by increasing order
 * @param bundle  the base name of its {@link java.util.ResourceBundle} ({@code org.filiere.report.figures})
 * @param figures its figures, in the order shown
 */
public record SectionDefinition(String key, int order, String bundle, List<FigureDefinition> figures) {

    public SectionDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(bundle, "bundle");
        figures = List.copyOf(figures);
        Set<String> keys = new HashSet<>();
        for (FigureDefinition f : figures) {
            if (!keys.add(f.key())) {
                throw new IllegalArgumentException("Section " + key + " defines figure " + f.key() + " twice");
            }
        }
    }

    /** The figure with this key, if the section defines it. */
    public Optional<FigureDefinition> figure(String figureKey) {
        return figures.stream().filter(f -> f.key().equals(figureKey)).findFirst();
    }
}
