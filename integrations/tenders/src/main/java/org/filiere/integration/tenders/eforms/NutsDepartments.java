package org.filiere.integration.tenders.eforms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The French departments of the NUTS 2021 level-3 regions ({@code FRF12} is the Haut-Rhin, {@code 68}): how an
 * eForms notice's place of performance becomes a department. Coarser NUTS codes ({@code FRF}, {@code FRF1}) cover
 * several departments and have none.
 */
final class NutsDepartments {

    private static final Map<String, String> DEPARTMENTS = load();

    private NutsDepartments() {
    }

    /** The department code of a French NUTS 3 code, if it is one. */
    static Optional<String> department(String nuts) {
        return Optional.ofNullable(DEPARTMENTS.get(nuts.strip().toUpperCase(Locale.ROOT)));
    }

    /** Every NUTS 3 code known, with its department. */
    static Map<String, String> all() {
        return DEPARTMENTS;
    }

    private static Map<String, String> load() {
        Map<String, String> departments = new TreeMap<>();
        try (InputStream in = NutsDepartments.class.getResourceAsStream("nuts-fr-departments.csv");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] parts = line.split(",");
                if (parts.length == 2 && parts[0].startsWith("FR")) {
                    departments.put(parts[0].strip(), parts[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the NUTS table of French departments", e);
        }
        return Map.copyOf(departments);
    }
}
