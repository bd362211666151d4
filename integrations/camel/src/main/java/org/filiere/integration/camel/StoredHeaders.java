package org.filiere.integration.camel;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Message headers as the integration tables keep them (dead letters, outbox): one {@code name=value} line each, in
 * the properties file syntax, read back sorted by name.
 */
public final class StoredHeaders {

    private StoredHeaders() {
    }

    /** The headers as text; empty when there are none. */
    public static String text(Map<String, String> headers) {
        if (headers.isEmpty()) {
            return "";
        }
        Properties properties = new Properties();
        properties.putAll(headers);
        StringWriter out = new StringWriter();
        try {
            properties.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().lines().filter(l -> !l.startsWith("#")).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    /** The headers written by {@link #text}, sorted by name; none for an empty or missing text. */
    public static Map<String, String> read(String text) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        new TreeMap<>(properties).forEach((k, v) -> headers.put((String) k, (String) v));
        return headers;
    }
}
