package org.filiere.member;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The INSEE NAF rev. 2 list of activity sub-classes, shipped with the library as reference data, against
 * which members' activity codes are validated.
 */
public final class NafNomenclature {

    private static final String RESOURCE = "naf_rev2.csv";
    private static final Pattern SUB_CLASS = Pattern.compile("\\d{2}\\.\\d{2}[A-Z]");

    private final Map<NafCode, NafActivity> activities;

    private NafNomenclature(Map<NafCode, NafActivity> activities) {
        this.activities = Collections.unmodifiableMap(activities);
    }

    /** The nomenclature shipped with the library. */
    public static NafNomenclature shipped() {
        try (InputStream in = NafNomenclature.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The NAF reference list " + RESOURCE + " is missing from the library");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the NAF reference list", e);
        }
    }

    /**
     * Reads a list in the INSEE layout: a CSV whose second column is the code and third the title; rows that
     * are not sub-classes (sections, divisions, groups, blank rows) are passed over.
     */
    public static NafNomenclature read(Reader csv) throws IOException {
        Map<NafCode, NafActivity> activities = new TreeMap<>();
        for (CSVRecord row : CSVFormat.RFC4180.builder().setSkipHeaderRecord(false).get().parse(csv)) {
            if (row.size() < 3) {
                continue;
            }
            String code = row.get(1).strip();
            if (SUB_CLASS.matcher(code).matches()) {
                NafCode naf = new NafCode(code);
                activities.put(naf, new NafActivity(naf, row.get(2).strip()));
            }
        }
        return new NafNomenclature(activities);
    }

    /**
     * The activity for a code written in any usual form.
     *
     * @throws InvalidIdentifierException if the code is malformed or not in the nomenclature
     */
    public NafActivity activity(String raw) {
        NafCode code = NafCode.parse(raw);
        NafActivity activity = activities.get(code);
        if (activity == null) {
            throw new InvalidIdentifierException("NAF code", raw, "it is not in the INSEE NAF rev. 2 list");
        }
        return activity;
    }

    /** The activity for a code, if the nomenclature has it. */
    public Optional<NafActivity> find(NafCode code) {
        return Optional.ofNullable(activities.get(code));
    }

    /** Every sub-class, in code order. */
    public Collection<NafActivity> all() {
        return activities.values();
    }

    /** How many sub-classes the list holds. */
    public int size() {
        return activities.size();
    }
}
