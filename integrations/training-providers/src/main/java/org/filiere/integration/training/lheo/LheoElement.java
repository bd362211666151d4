package org.filiere.integration.training.lheo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One element of an LHEO {@code formation} read into memory: a formation at a time, never the whole file. */
final class LheoElement {

    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final StringBuilder text = new StringBuilder();
    private final List<LheoElement> children = new ArrayList<>();

    LheoElement(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    void attribute(String attribute, String value) {
        attributes.put(attribute, value);
    }

    String attribute(String attribute) {
        return attributes.getOrDefault(attribute, "");
    }

    void appendText(String more) {
        text.append(more);
    }

    void add(LheoElement child) {
        children.add(child);
    }

    /** The element's own text, trimmed. */
    String text() {
        return text.toString().strip();
    }

    List<LheoElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    Optional<LheoElement> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    /** The first element down a path of child names. */
    Optional<LheoElement> at(String... path) {
        Optional<LheoElement> current = Optional.of(this);
        for (String step : path) {
            current = current.flatMap(e -> e.child(step));
        }
        return current;
    }

    /** The text of the first element down a path, or empty. */
    String textAt(String... path) {
        return at(path).map(LheoElement::text).orElse("");
    }
}
