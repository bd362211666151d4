package org.filiere.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A generated national-size DECP v2 file: contracts of a few buyers (SIRETs valid by INSEE's rules), each with its
 * own id, a title, a CPV code of the CPV 2008, a postcode of execution, an amount and a publication date.
 */
final class GeneratedDecp {

    static final List<String> BUYERS = List.of("21380185500015", "13001845000028", "20001318300021");
    static final List<String> CPV = List.of("45000000", "72267000", "72210000", "38950000", "42997000");

    private GeneratedDecp() {
    }

    /** Writes {@code contracts} contracts to a file, streamed. */
    static void write(Path file, int contracts) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"marches\": {\"marche\": [\n");
            for (int i = 0; i < contracts; i++) {
                if (i > 0) {
                    out.write(",\n");
                }
                out.write(String.format(Locale.ROOT, "{\"id\": \"2025-%07d\", \"acheteur\": {\"id\": \"%s\", \"nom\": "
                        + "\"Acheteur public %d\"}, \"nature\": \"Marché\", \"objet\": \"Travaux et services, lot %d "
                        + "de la consultation %d\", \"codeCPV\": \"%s\", \"procedure\": \"Appel d'offres ouvert\", "
                        + "\"lieuExecution\": {\"code\": \"%05d\", \"typeCode\": \"Code postal\"}, \"dureeMois\": 12, "
                        + "\"montant\": %d.%02d, \"datePublicationDonnees\": \"2025-%02d-%02d\", \"titulaires\": "
                        + "[{\"titulaire\": {\"typeIdentifiant\": \"SIRET\", \"id\": \"21380185500015\"}}]}",
                        i, BUYERS.get(i % BUYERS.size()), i % BUYERS.size(), i % 7 + 1, i / 7, CPV.get(i % CPV.size()),
                        38000 + i % 900, 1000 + i % 500_000, i % 100, i % 12 + 1, i % 28 + 1));
            }
            out.write("\n]}}\n");
        }
    }
}
