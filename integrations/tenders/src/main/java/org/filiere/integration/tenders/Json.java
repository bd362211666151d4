package org.filiere.integration.tenders;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading fields of feed JSON as text, whatever type the feed gave them. */
final class Json {

    private Json() {
    }

    /** The field at a path of names, as text; numbers in plain notation ({@code 45233130}, not {@code 4.523313E7}). */
    static String text(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        if (n == null || n.isNull() || n.isMissingNode() || n.isContainerNode()) {
            return null;
        }
        if (n.isNumber()) {
            return plain(n);
        }
        return n.asText();
    }

    private static String plain(JsonNode number) {
        if (number.isIntegralNumber()) {
            return number.bigIntegerValue().toString();
        }
        String text = number.decimalValue().toPlainString();
        return text.contains(".") ? text : text + ".0";
    }

    static JsonNode at(JsonNode node, String... path) {
        JsonNode n = node;
        for (String name : path) {
            if (n == null || !n.isObject()) {
                return null;
            }
            n = n.get(name);
        }
        return n;
    }

    /** The elements of an array field, none if it is missing or not an array. */
    static List<JsonNode> array(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        if (n == null || !n.isArray()) {
            return List.of();
        }
        return StreamSupport.stream(n.spliterator(), false).toList();
    }

    /** The first non-blank text among several paths. */
    static Optional<String> first(List<String> candidates) {
        return candidates.stream().filter(t -> t != null && !t.isBlank()).findFirst();
    }

    static List<String> texts(List<JsonNode> nodes, String... path) {
        List<String> texts = new ArrayList<>();
        nodes.forEach(n -> texts.add(text(n, path)));
        return texts;
    }
}
