package org.filiere.persistence.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The register of the places personal data lives in the database, for the association's data protection officer:
 * each table and column that holds (or looks as if it held) data about a person, whether it does, and how export and
 * erasure reach it, or why it is not personal. Each module keeps its part next to its tables, in
 * {@value #RESOURCE} (CSV: table, column, {@code personal} or {@code not-personal}, a note); the register is every
 * such file on the classpath.
 */
public final class PersonalDataRegister {

    /** Where each module keeps its part of the register. */
    public static final String RESOURCE = "META-INF/filiere/personal-data.csv";

    private final List<Entry> entries;

    private PersonalDataRegister(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The register made of every part on the class loader's classpath. */
    public static PersonalDataRegister load(ClassLoader loader) {
        List<Entry> entries = new ArrayList<>();
        try {
            Enumeration<URL> parts = loader.getResources(RESOURCE);
            for (URL part : Collections.list(parts)) {
                read(part, entries);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the personal data register", e);
        }
        return new PersonalDataRegister(entries);
    }

    private static void read(URL part, List<Entry> entries) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(part.openStream(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(",", 4);
                if (fields.length < 4 || fields[0].isBlank() || fields[1].isBlank() || fields[3].isBlank()
                        || !(fields[2].equals("personal") || fields[2].equals("not-personal"))) {
                    throw new IllegalStateException("Line " + number + " of " + part + " is not 'table,column,"
                            + "personal|not-personal,note': " + line);
                }
                entries.add(new Entry(fields[0].strip().toLowerCase(Locale.ROOT),
                        fields[1].strip().toLowerCase(Locale.ROOT), fields[2].equals("personal"), fields[3].strip()));
            }
        }
    }

    /** Every entry, in the order the parts list them. */
    public List<Entry> entries() {
        return entries;
    }

    /** The personal ones only. */
    public List<Entry> personal() {
        return entries.stream().filter(Entry::personal).toList();
    }

    /** The entry of a column, if the register has one (names compared in lower case). */
    public Optional<Entry> find(String table, String column) {
        String t = table.toLowerCase(Locale.ROOT);
        String c = column.toLowerCase(Locale.ROOT);
        return entries.stream().filter(e -> e.table().equals(t) && e.column().equals(c)).findFirst();
    }

    /**
     * One place in the register.
     *
     * @param table    the table, in lower case
     * @param column   the column, in lower case
     * @param personal whether it holds data about a person
     * @param note     for personal data, how export and erasure reach it (or that they do not yet); otherwise why
     *                 it is not personal
     */
    public record Entry(String table, String column, boolean personal, String note) {
    }
}
