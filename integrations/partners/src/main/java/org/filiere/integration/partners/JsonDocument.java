package org.filiere.integration.partners;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.filiere.integration.camel.http.BodyTooLargeException;

/**
 * A partner's JSON file read as a stream of records with Jackson's streaming parser: the records of a top-level
 * array, or of the arrays named (such as {@code @graph}, {@code organizations}), are handed over one at a time, each
 * read whole only up to a size limit; the rest of the top-level object is kept small. Deep nesting, huge strings and
 * numbers, and duplicate keys are refused by the parser.
 */
final class JsonDocument {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(200_000)
                    .maxNumberLength(50).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    /** Receives each record: the array it came from ({@code null} for a top-level array), and the record. */
    @FunctionalInterface
    interface Records {
        void record(String array, JsonNode record);
    }

    private JsonDocument() {
    }

    /**
     * Reads a document, handing over the records of the arrays named (or of a top-level array).
     *
     * @return the top-level object without the arrays streamed; empty for a top-level array
     * @throws UnreadablePartnerFileException if the document is not JSON, is malformed or breaks a limit
     * @throws BodyTooLargeException          if the stream went past its size limit
     */
    static ObjectNode read(InputStream in, String origin, Set<String> streamed, long maxRecordBytes, Records records)
            throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new UnreadablePartnerFileException(origin + " is empty");
            }
            ObjectNode root = MAPPER.createObjectNode();
            if (first == JsonToken.START_ARRAY) {
                streamArray(parser, origin, null, maxRecordBytes, records);
            } else if (first == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (streamed.contains(field) && value == JsonToken.START_ARRAY) {
                        streamArray(parser, origin, field, maxRecordBytes, records);
                    } else if (streamed.contains(field) && value != JsonToken.VALUE_NULL) {
                        throw new UnreadablePartnerFileException(origin + ": its \"" + field
                                + "\" should be an array of records, not " + describe(value));
                    } else {
                        root.set(field, readBounded(parser, origin, field, maxRecordBytes));
                    }
                }
            } else {
                throw new UnreadablePartnerFileException(origin + " should hold a JSON object or array, not "
                        + describe(first));
            }
            if (parser.nextToken() != null) {
                throw new UnreadablePartnerFileException(origin + " has more after its JSON value ("
                        + parser.currentLocation().offsetDescription() + ")");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new UnreadablePartnerFileException(origin + " breaks a limit of what is read: " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new UnreadablePartnerFileException(origin + " is not well-formed JSON: " + e.getOriginalMessage()
                    + " (" + (e.getLocation() == null ? "" : e.getLocation().offsetDescription()) + ")", e);
        }
    }

    private static void streamArray(JsonParser parser, String origin, String array, long maxRecordBytes,
            Records records) throws IOException {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() == null) {
                throw new UnreadablePartnerFileException(origin + " ends in the middle of an array");
            }
            records.record(array, readBounded(parser, origin, array == null ? "record" : array + " record",
                    maxRecordBytes));
        }
    }

    private static JsonNode readBounded(JsonParser parser, String origin, String what, long maxRecordBytes)
            throws IOException {
        long start = parser.currentTokenLocation().getByteOffset();
        JsonNode node = MAPPER.readTree(parser);
        long size = parser.currentLocation().getByteOffset() - start;
        if (size > maxRecordBytes) {
            throw new UnreadablePartnerFileException(origin + ": a " + what + " is " + size + " bytes long; at most "
                    + maxRecordBytes + " are read per record");
        }
        return node;
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            default -> token.toString();
        };
    }
}
