package org.filiere.integration.tenders;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.filiere.watch.FieldIssue;

/**
 * Reads a tender feed file as it streams, one entry at a time: only the entry being read is held in memory, however
 * large the file. JSON is read with Jackson's streaming parser; XML, an eForms notice, with StAX (see
 * {@link EformsFeed}). It tells what it was given (see {@link FeedKind}) from the content and refuses what it does not
 * read. An entry larger than the limit is not read: it comes out with its problem instead of its content.
 */
public final class TenderFeedReader implements Closeable {

    /** Largest entry read by default, in characters. */
    public static final long DEFAULT_MAX_ENTRY_CHARS = 1_000_000;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final JsonFactory FACTORY = JSON.getFactory();

    /**
     * One entry of a feed.
     *
     * @param format   its kind
     * @param position its rank in the file, from 1
     * @param json     its content, unless it could not be read
     * @param problem  why it could not be read, if so
     */
    public record Entry(FeedFormat format, long position, Optional<JsonNode> json, Optional<String> problem) {

        /** A short description for messages: the rank and the kind. */
        public String describe() {
            return "entry " + position + " (" + format + ")";
        }
    }

    private final String name;
    private final FeedText text;
    private final BoundedParser parser;
    private final EformsFeed eforms;
    private final List<FieldIssue> issues = new ArrayList<>();
    private final ObjectNode rest = JsonNodeFactory.instance.objectNode();
    private FeedKind kind;
    private FeedFormat array;
    private boolean records;
    private boolean inMarches;
    private boolean finished;
    private long position;
    private long completed;

    private TenderFeedReader(String name, FeedText text, JsonParser parser, long maxEntryChars) {
        this.name = name;
        this.text = text;
        this.parser = new BoundedParser(parser, maxEntryChars);
        this.eforms = null;
    }

    private TenderFeedReader(String name, FeedText text, EformsFeed eforms) {
        this.name = name;
        this.text = text;
        this.parser = null;
        this.eforms = eforms;
        this.kind = FeedKind.EFORMS;
    }

    /**
     * Opens a feed. Closing the reader closes the stream.
     *
     * @param name          the file's name or address, for messages
     * @param maxEntryChars the largest entry read, in characters
     * @throws TenderFeedRefusedException if it is JSON that is not an object, or XML that is not an eForms contract
     *                                    notice
     * @throws UnreadableFeedException    if it is neither JSON nor well-formed XML
     */
    public static TenderFeedReader open(String name, InputStream in, long maxEntryChars) {
        FeedText text = new FeedText(in);
        try {
            PushbackReader reader = new PushbackReader(text, 1);
            int first = reader.read();
            while (first == ' ' || first == '\n' || first == '\r' || first == '\t') {
                first = reader.read();
            }
            if (first == '<') {
                reader.unread(first);
                try {
                    return new TenderFeedReader(name, text, EformsFeed.open(name, reader, maxEntryChars));
                } catch (RuntimeException refused) {
                    closeQuietly(text);
                    throw refused;
                }
            }
            String refusal = first == '[' ? "a JSON array, not a JSON object" : first < 0 ? "empty" : null;
            if (refusal != null) {
                text.close();
                throw new TenderFeedRefusedException(name, refusal);
            }
            reader.unread(first);
            JsonParser parser = FACTORY.createParser(reader);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new UnreadableFeedException(name, "it is not JSON", null);
            }
            return new TenderFeedReader(name, text, parser, maxEntryChars);
        } catch (JsonProcessingException e) {
            closeQuietly(text);
            throw new UnreadableFeedException(name, "it is not JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            closeQuietly(text);
            throw new UncheckedIOException("Cannot read the tender feed " + name, e);
        }
    }

    /** The file's name or address. */
    public String name() {
        return name;
    }

    /** What the file is, once its first entry was read (or its end reached). */
    public Optional<FeedKind> kind() {
        return Optional.ofNullable(kind);
    }

    /** What was noticed about the file as a whole so far (its encoding, a missing version). */
    public List<FieldIssue> issues() {
        List<FieldIssue> all = new ArrayList<>(issues);
        text.note().ifPresent(all::add);
        return all;
    }

    /**
     * The next entry, or nothing at the end of the file.
     *
     * @throws TenderFeedRefusedException at the end of a file that holds no tender feed
     * @throws UnreadableFeedException    if the file stops being JSON or XML (what came before was read)
     */
    public Optional<Entry> next() {
        try {
            Optional<Entry> entry = read();
            entry.ifPresent(e -> completed = e.position());
            return entry;
        } catch (JsonProcessingException e) {
            throw new UnreadableFeedException(name, "it is not JSON after its entry " + completed + " ("
                    + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the tender feed " + name + " after its entry " + completed, e);
        }
    }

    private Optional<Entry> read() throws IOException {
        if (eforms != null) {
            return eforms.next();
        }
        while (!finished) {
            if (array != null) {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    array = null;
                    continue;
                }
                position++;
                return Optional.of(records ? compiled(entry(array)) : entry(array));
            }
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new UnreadableFeedException(name, "it ends before its last '}'", null);
            }
            if (token == JsonToken.END_OBJECT) {
                if (inMarches) {
                    inMarches = false;
                    continue;
                }
                finished = true;
                return single();
            }
            String field = parser.currentName();
            token = parser.nextToken();
            if (inMarches) {
                marchesField(field, token);
            } else {
                topField(field, token);
            }
        }
        return Optional.empty();
    }

    private void topField(String field, JsonToken token) throws IOException {
        if ("releases".equals(field) && token == JsonToken.START_ARRAY && kind == null) {
            kind = FeedKind.OCDS_RELEASE_PACKAGE;
            array = FeedFormat.OCDS;
            noteVersion();
        } else if ("records".equals(field) && token == JsonToken.START_ARRAY && kind == null) {
            kind = FeedKind.OCDS_RECORD_PACKAGE;
            array = FeedFormat.OCDS;
            records = true;
            noteVersion();
        } else if ("marches".equals(field) && token == JsonToken.START_ARRAY && kind == null) {
            kind = FeedKind.DECP;
            array = FeedFormat.DECP;
        } else if ("marches".equals(field) && token == JsonToken.START_OBJECT && kind == null) {
            kind = FeedKind.DECP;
            inMarches = true;
        } else if (kind != null) {
            parser.skipChildren();
        } else {
            Entry value = entry(FeedFormat.OCDS);
            if (value.json().isEmpty()) {
                throw new TenderFeedRefusedException(name, "JSON whose field " + field + " is larger than the "
                        + parser.limit + " characters read, before any tender");
            }
            rest.set(field, value.json().get());
        }
    }

    private void marchesField(String field, JsonToken token) throws IOException {
        if ("marche".equals(field) && token == JsonToken.START_ARRAY) {
            array = FeedFormat.DECP;
        } else if ("contrat-concession".equals(field) && token == JsonToken.START_ARRAY) {
            array = FeedFormat.DECP_CONCESSION;
        } else {
            parser.skipChildren();
        }
    }

    private void noteVersion() {
        if (!rest.hasNonNull("version")) {
            issues.add(new FieldIssue("OCDS version", "",
                    "the package does not say its version; it was read as OCDS 1.0"));
        }
    }

    private Optional<Entry> single() {
        if (kind != null) {
            return Optional.empty();
        }
        if (rest.has("ocid")) {
            kind = FeedKind.OCDS_RELEASE;
            position = 1;
            return Optional.of(new Entry(FeedFormat.OCDS, 1, Optional.of(rest), Optional.empty()));
        }
        throw new TenderFeedRefusedException(name, rest.isEmpty() ? "an empty JSON object"
                : "JSON without releases, records, ocid or marches (its fields: " + fields() + ")");
    }

    private String fields() {
        List<String> names = new ArrayList<>();
        rest.fieldNames().forEachRemaining(names::add);
        String joined = String.join(", ", names);
        return joined.length() > 200 ? joined.substring(0, 200) + "..." : joined;
    }

    private Entry compiled(Entry record) {
        if (record.json().isEmpty()) {
            return record;
        }
        JsonNode release = record.json().get().get("compiledRelease");
        if (release == null || !release.isObject()) {
            return new Entry(record.format(), record.position(), record.json(),
                    Optional.of("the record has no compiledRelease, the only part of a record the import reads"));
        }
        return new Entry(record.format(), record.position(), Optional.of(release), Optional.empty());
    }

    private Entry entry(FeedFormat format) throws IOException {
        JsonToken start = parser.currentToken();
        JsonStreamContext parent = start.isStructStart() ? parser.getParsingContext().getParent()
                : parser.getParsingContext();
        long from = parser.startEntry();
        try {
            JsonNode node = JSON.readTree(parser);
            return new Entry(format, position, Optional.of(node), Optional.empty());
        } catch (EntryTooLargeException tooLarge) {
            parser.endEntry();
            while (parser.getParsingContext() != parent) {
                if (parser.nextToken() == null) {
                    throw new UnreadableFeedException(name, "it ends within its entry " + position, null);
                }
            }
            return new Entry(format, position, Optional.empty(), Optional.of("it is larger than the "
                    + parser.limit + " characters accepted for one entry (it starts at character " + from + ")"));
        } finally {
            parser.endEntry();
        }
    }

    @Override
    public void close() {
        try {
            if (parser != null) {
                parser.close();
            } else {
                eforms.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly(text);
        }
    }

    private static void closeQuietly(FeedText text) {
        try {
            text.close();
        } catch (IOException ignored) {
            // nothing more can be done with a stream that will not close
        }
    }

    /** An entry went past the limit while it was read. */
    private static final class EntryTooLargeException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        EntryTooLargeException() {
            super(null, null, false, false);
        }
    }

    /** The parser, failing as soon as the entry being read is larger than the limit. */
    private static final class BoundedParser extends JsonParserDelegate {

        private final long limit;
        private long start = -1;

        BoundedParser(JsonParser parser, long limit) {
            super(parser);
            this.limit = limit;
        }

        long startEntry() {
            start = delegate.currentTokenLocation().getCharOffset();
            return start;
        }

        void endEntry() {
            start = -1;
        }

        private <T> T checked(T value) {
            if (start >= 0 && delegate.currentLocation().getCharOffset() - start > limit) {
                throw new EntryTooLargeException();
            }
            return value;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            return checked(delegate.nextToken());
        }

        @Override
        public JsonToken nextValue() throws IOException {
            return checked(delegate.nextValue());
        }

        @Override
        public String nextFieldName() throws IOException {
            return checked(delegate.nextFieldName());
        }

        @Override
        public boolean nextFieldName(SerializableString str) throws IOException {
            return checked(delegate.nextFieldName(str));
        }

        @Override
        public String nextTextValue() throws IOException {
            return checked(delegate.nextTextValue());
        }

        @Override
        public int nextIntValue(int defaultValue) throws IOException {
            return checked(delegate.nextIntValue(defaultValue));
        }

        @Override
        public long nextLongValue(long defaultValue) throws IOException {
            return checked(delegate.nextLongValue(defaultValue));
        }

        @Override
        public Boolean nextBooleanValue() throws IOException {
            return checked(delegate.nextBooleanValue());
        }
    }
}
