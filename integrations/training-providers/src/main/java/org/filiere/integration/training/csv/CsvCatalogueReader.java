package org.filiere.integration.training.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.filiere.integration.training.catalogue.CatalogueCourse;
import org.filiere.integration.training.catalogue.CatalogueReader;
import org.filiere.integration.training.catalogue.CatalogueRefusedException;
import org.filiere.integration.training.catalogue.CatalogueSession;
import org.filiere.integration.training.catalogue.HtmlText;

/**
 * Streams the CSV catalogue: a header row naming the columns (in any order, separated by {@code ;} or {@code ,}),
 * then one row per session, the rows of one course next to each other. The course's fields are taken from its
 * first row.
 */
public final class CsvCatalogueReader implements CatalogueReader {

    /** The columns a catalogue must have. */
    public static final List<String> REQUIRED = List.of("provider_siret", "provider_name", "course_id", "title",
            "hours", "session_id", "start", "end", "venue", "commune");

    /** The columns a catalogue may have besides. */
    public static final List<String> OPTIONAL = List.of("objectives", "formacode", "nsf", "street", "postcode",
            "seats", "price_members", "price_non_members", "registration_deadline");

    private final String fileName;
    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    private final Map<String, Integer> columns = new java.util.HashMap<>();
    private final Set<String> finishedCourses = new HashSet<>();
    private CSVRecord pending;

    private CsvCatalogueReader(String fileName, CSVParser parser) {
        this.fileName = fileName;
        this.parser = parser;
        this.rows = parser.iterator();
        parser.getHeaderMap().forEach((name, index) -> columns.putIfAbsent(normal(name), index));
    }

    /**
     * Opens a catalogue, checking its header at once.
     *
     * @param charset the file's encoding; a byte sequence that is not in it refuses the file
     */
    public static CsvCatalogueReader open(String fileName, InputStream in, Charset charset) {
        BufferedReader text = new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        try {
            text.mark(8192);
            String header = text.readLine();
            if (header == null) {
                throw new CatalogueRefusedException(fileName + " is empty");
            }
            text.reset();
            char delimiter = header.chars().filter(c -> c == ';').count() >= header.chars().filter(c -> c == ',')
                    .count() ? ';' : ',';
            CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader()
                    .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).setIgnoreSurroundingSpaces(true)
                    .get().parse(text);
            Map<String, Integer> columns = parser.getHeaderMap();
            List<String> missing = REQUIRED.stream().filter(c -> columns.keySet().stream()
                    .noneMatch(h -> normal(h).equals(c))).toList();
            if (!missing.isEmpty()) {
                parser.close();
                throw new CatalogueRefusedException(fileName + " is not a CSV catalogue: its header lacks the column"
                        + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + " (it has "
                        + String.join(", ", columns.keySet()) + ")");
            }
            return new CsvCatalogueReader(fileName, parser);
        } catch (CharacterCodingException e) {
            throw notInCharset(fileName, charset, e);
        } catch (IOException e) {
            throw new CatalogueRefusedException(fileName + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String normal(String header) {
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    private static CatalogueRefusedException notInCharset(String fileName, Charset charset, IOException e) {
        return new CatalogueRefusedException(fileName + " is not written in " + charset.name()
                + "; save it as UTF-8, or set filiere.integration.training-providers.csv-charset", e);
    }

    @Override
    public String format() {
        return "CSV";
    }

    @Override
    public boolean hasNext() {
        if (pending == null) {
            pending = nextRow();
        }
        return pending != null;
    }

    @Override
    public CatalogueCourse next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CSVRecord first = pending;
        pending = null;
        String courseId = field(first, "course_id");
        String source = (courseId.isEmpty() ? "without id" : courseId) + " (line "
                + (first.getRecordNumber() + 1) + ")";
        List<CatalogueSession> sessions = new ArrayList<>();
        sessions.add(session(first));
        CSVRecord row;
        while ((row = nextRow()) != null) {
            if (!field(row, "course_id").equals(courseId) || courseId.isEmpty()) {
                pending = row;
                break;
            }
            sessions.add(session(row));
        }
        if (!courseId.isEmpty() && !finishedCourses.add(field(first, "provider_siret") + "/" + courseId)) {
            source = source + " listed again further down; the rows of a course must be next to each other";
            courseId = "";
        }
        return new CatalogueCourse(source, field(first, "provider_siret"), field(first, "provider_name"), courseId,
                field(first, "title"), HtmlText.plain(field(first, "objectives")), field(first, "hours"),
                field(first, "formacode"), field(first, "nsf"), sessions);
    }

    private CSVRecord nextRow() {
        try {
            return rows.hasNext() ? rows.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException coding) {
                throw notInCharset(fileName, Charset.forName("UTF-8"), coding);
            }
            throw new CatalogueRefusedException(fileName + " cannot be read further: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new CatalogueRefusedException(fileName + " is damaged near line " + parser.getCurrentLineNumber()
                    + ": " + e.getMessage(), e);
        }
    }

    private CatalogueSession session(CSVRecord row) {
        return new CatalogueSession(field(row, "session_id"), field(row, "start"), field(row, "end"),
                field(row, "venue"), field(row, "street"), field(row, "postcode"), field(row, "commune"),
                field(row, "seats"), field(row, "price_members"), field(row, "price_non_members"),
                field(row, "registration_deadline"));
    }

    private String field(CSVRecord row, String column) {
        Integer index = columns.get(column);
        return index != null && index < row.size() ? row.get(index) : "";
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // nothing more to read
        }
    }
}
