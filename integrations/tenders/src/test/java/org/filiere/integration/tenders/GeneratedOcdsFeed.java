package org.filiere.integration.tenders;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A generated OCDS release package of calls for tender from a few French buyers (SIRETs valid by INSEE's rules):
 * each release has its own ocid, a title, a CPV code of the CPV 2008, the buyer's postcode, an estimated value, a
 * deadline and the notice's address. One release may be left unusable: no ocid and no title.
 */
final class GeneratedOcdsFeed {

    static final List<String> BUYERS = List.of("21380185500015", "13001845000028", "20001318300021");
    static final List<String> CPV = List.of("45000000", "72267000", "72210000", "38950000", "42997000");

    private GeneratedOcdsFeed() {
    }

    /** The ocid of the release at a rank. */
    static String ocid(int rank) {
        return String.format(Locale.ROOT, "ocds-gen001-%06d", rank);
    }

    /**
     * Writes {@code releases} releases to a file, streamed.
     *
     * @param unusable the rank (from 0) of the release written without ocid nor title, or -1 for none
     */
    static Path write(Path file, int releases, int unusable) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"version\": \"1.1\", \"uri\": \"https://marches.example.org/ocds/generated.json\", "
                    + "\"publishedDate\": \"2030-03-01T08:00:00Z\", \"releases\": [\n");
            for (int i = 0; i < releases; i++) {
                if (i > 0) {
                    out.write(",\n");
                }
                out.write(release(i, i == unusable));
            }
            out.write("\n]}\n");
        }
        return file;
    }

    private static String release(int i, boolean unusable) {
        int buyer = i % BUYERS.size();
        return String.format(Locale.ROOT, "{%s\"id\": \"%s-tender\", \"date\": \"2030-%02d-%02dT09:00:00Z\", "
                + "\"tag\": [\"tender\"], \"buyer\": {\"name\": \"Acheteur public %d\", \"identifier\": {\"scheme\": "
                + "\"FR-SIRET\", \"id\": \"%s\"}, \"address\": {\"postalCode\": \"%05d\", \"countryName\": "
                + "\"France\"}}, \"tender\": {\"id\": \"AO-%d\", \"title\": \"%s\", \"description\": \"%s\", "
                + "\"items\": [{\"id\": \"1\", \"classification\": {\"scheme\": \"CPV\", \"id\": \"%s\"}}], "
                + "\"value\": {\"amount\": %d.%02d, \"currency\": \"EUR\"}, \"tenderPeriod\": {\"endDate\": "
                + "\"2031-%02d-%02dT12:00:00Z\"}, \"documents\": [{\"id\": \"avis\", \"documentType\": "
                + "\"tenderNotice\", \"url\": \"https://marches.example.org/avis/%d\"}]}}",
                unusable ? "" : "\"ocid\": \"" + ocid(i) + "\", ", ocid(i), i % 12 + 1, i % 28 + 1, buyer,
                BUYERS.get(buyer), 38000 + i % 900, i, unusable ? "" : "Services numériques, lot " + (i % 7 + 1)
                        + " de la consultation " + i / 7,
                unusable ? "" : "Prestations de la consultation " + i / 7, CPV.get(i % CPV.size()),
                10_000 + i * 37 % 500_000, i % 100, i % 12 + 1, i % 28 + 1, i);
    }
}
