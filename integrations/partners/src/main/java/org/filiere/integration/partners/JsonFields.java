package org.filiere.integration.partners;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading the fields of one JSON record, refusing (naming the record and the field) a value of the wrong type. */
final class JsonFields {

    private JsonFields() {
    }

    /** A text field: a string, a number, a JSON-LD value object ({@code @value}), or the first text of an array. */
    static Optional<String> text(JsonNode node, String field, String record) {
        JsonNode value = node.get(field);
        return value == null ? Optional.empty() : asText(value, field, record);
    }

    static Optional<String> asText(JsonNode value, String field, String record) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return Optional.empty();
        }
        if (value.isTextual() || value.isNumber() || value.isBoolean()) {
            String text = value.asText().strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        if (value.isObject() && value.has("@value")) {
            return asText(value.get("@value"), field, record);
        }
        if (value.isArray()) {
            for (JsonNode element : value) {
                Optional<String> text = asText(element, field, record);
                if (text.isPresent()) {
                    return text;
                }
            }
            return Optional.empty();
        }
        throw new RecordRefusedException(record + ": its field \"" + field + "\" is an object, where a text is expected");
    }

    /** Every element of a field that may hold one value or an array of them. */
    static List<JsonNode> all(JsonNode node, String field) {
        JsonNode value = node.get(field);
        List<JsonNode> values = new ArrayList<>();
        if (value == null || value.isNull()) {
            return values;
        }
        if (value.isArray()) {
            value.forEach(values::add);
        } else {
            values.add(value);
        }
        return values;
    }

    /** An object field, or nothing; a text where an object is expected is refused. */
    static Optional<JsonNode> object(JsonNode node, String field, String record) {
        for (JsonNode value : all(node, field)) {
            if (value.isObject()) {
                return Optional.of(value);
            }
            if (!value.isNull()) {
                throw new RecordRefusedException(record + ": its field \"" + field + "\" should be an object, not "
                        + (value.isTextual() ? "the text \"" + value.asText() + "\"" : value.getNodeType().name().toLowerCase()));
            }
        }
        return Optional.empty();
    }

    /** A web address field; one that is not an absolute http(s) address is refused. */
    static Optional<URI> url(JsonNode node, String field, String record) {
        Optional<String> text = text(node, field, record);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text.get());
            if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
                throw new RecordRefusedException(record + ": its field \"" + field + "\" \"" + text.get()
                        + "\" is not an http or https address");
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            throw new RecordRefusedException(record + ": its field \"" + field + "\" \"" + text.get()
                    + "\" is not a web address");
        }
    }
}
