package org.filiere.watch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The Common Procurement Vocabulary (CPV 2008, 9,454 codes) shipped with the library: French and English labels
 * and the tree of codes. It reads codes the way feeds and people write them and refuses those it does not know.
 */
public final class CpvVocabulary {

    private static final String TREE_RESOURCE = "cpv_2008_parent_fr.csv";
    private static final String ENGLISH_RESOURCE = "cpv_2008_en.csv";

    /** Eight digits, possibly a check digit, possibly the {@code .0} of a code that went through a float. */
    private static final Pattern WRITTEN = Pattern.compile("(\\d{7,8})(?:-(\\d))?(?:\\.0+)?");
    private static final Pattern PREFIX = Pattern.compile("\\d{2,8}");

    private final Map<CpvCode, CpvEntry> entries;

    private CpvVocabulary(Map<CpvCode, CpvEntry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** The vocabulary shipped with the library. */
    public static CpvVocabulary shipped() {
        try (InputStream tree = resource(TREE_RESOURCE); InputStream english = resource(ENGLISH_RESOURCE)) {
            return read(new InputStreamReader(tree, StandardCharsets.UTF_8),
                    new InputStreamReader(english, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CPV reference list", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = CpvVocabulary.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("The CPV reference list " + name + " is missing from the library");
        }
        return in;
    }

    /**
     * Reads the vocabulary from two CSV files with a header row: the tree ({@code id, name, parent}, French
     * labels) and the English labels ({@code code, description}); codes are written {@code 45233130-9}.
     */
    public static CpvVocabulary read(Reader tree, Reader english) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        Map<String, String> englishLabels = new HashMap<>();
        for (CSVRecord row : format.parse(english)) {
            englishLabels.put(row.get(0).strip(), row.get(1).strip());
        }
        Map<CpvCode, CpvEntry> entries = new TreeMap<>((a, b) -> a.digits().compareTo(b.digits()));
        for (CSVRecord row : format.parse(tree)) {
            String written = row.get(0).strip();
            String parent = row.get(2).strip();
            CpvCode code = new CpvCode(written.substring(0, 8));
            entries.put(code, new CpvEntry(code, written.charAt(9), row.get(1).strip(),
                    englishLabels.getOrDefault(written, ""),
                    parent.isEmpty() ? Optional.empty() : Optional.of(new CpvCode(parent.substring(0, 8)))));
        }
        return new CpvVocabulary(entries);
    }

    /**
     * The code a feed or a person wrote: {@code 45233130-9}, {@code 45233130}, and the forms real feeds produce
     * such as {@code 45233130.0} (a code that went through a float, which may also have lost its leading zero).
     *
     * @throws InvalidCpvCodeException if the text is not a CPV 2008 code, or its check digit is wrong
     */
    public CpvEntry read(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw new InvalidCpvCodeException("", "it is empty");
        }
        Matcher m = WRITTEN.matcher(text);
        if (!m.matches()) {
            throw new InvalidCpvCodeException(text, "a CPV code is written as eight digits and a check digit, "
                    + "such as 45233130-9");
        }
        String digits = m.group(1).length() == 7 ? "0" + m.group(1) : m.group(1);
        CpvEntry entry = entries.get(new CpvCode(digits));
        if (entry == null) {
            throw new InvalidCpvCodeException(text, "it is not in the CPV 2008 list");
        }
        if (m.group(2) != null && m.group(2).charAt(0) != entry.checkDigit()) {
            throw new InvalidCpvCodeException(text, "its check digit should be " + entry.checkDigit()
                    + " (" + entry.writtenCode() + ")");
        }
        return entry;
    }

    /**
     * The node of the tree a watch profile names: a whole code ({@code 72210000-0}) or the leading digits of one
     * ({@code 72} for a division, {@code 7221} for a class), which stand for every code under it.
     *
     * @throws InvalidCpvCodeException if no code of the tree has these leading digits as its own
     */
    public CpvEntry node(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (WRITTEN.matcher(text).matches()) {
            return read(text);
        }
        if (!PREFIX.matcher(text).matches()) {
            throw new InvalidCpvCodeException(text, "give a CPV code (72210000-0) or its first digits, two at least"
                    + " (72, 7221)");
        }
        String digits = (text + "00000000").substring(0, 8);
        CpvEntry entry = entries.get(new CpvCode(digits));
        if (entry == null) {
            throw new InvalidCpvCodeException(text, "no code of the CPV 2008 tree starts with " + text
                    + " as a division, group, class or category");
        }
        return entry;
    }

    /** The entry of a code, if the vocabulary has it. */
    public Optional<CpvEntry> find(CpvCode code) {
        return Optional.ofNullable(entries.get(code));
    }

    /** The French label of a code, or an empty text if it is unknown. */
    public String label(CpvCode code) {
        return find(code).map(CpvEntry::frenchLabel).orElse("");
    }

    /** The code and every code above it, up to its division, the code first. */
    public List<CpvCode> lineage(CpvCode code) {
        List<CpvCode> lineage = new ArrayList<>();
        Optional<CpvCode> current = Optional.of(code);
        while (current.isPresent()) {
            lineage.add(current.get());
            current = find(current.get()).flatMap(CpvEntry::parent);
        }
        return lineage;
    }

    /**
     * Whether a code is the given node or lies under it in the CPV tree. The tree is the vocabulary's: most codes
     * share the leading digits of the codes above them, but not all (72000000 lies under 70000000).
     */
    public boolean isUnder(CpvCode code, CpvCode node) {
        return lineage(code).contains(node);
    }

    /** Every code, in code order. */
    public Collection<CpvEntry> all() {
        return entries.values();
    }

    /** How many codes the vocabulary holds. */
    public int size() {
        return entries.size();
    }
}
