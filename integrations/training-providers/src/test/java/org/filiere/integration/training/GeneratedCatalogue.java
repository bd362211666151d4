package org.filiere.integration.training;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Writes a large, valid LHEO 2.3 catalogue straight to disk: {@code courses} formations of one action each,
 * {@code sessionsPerCourse} sessions per action, with objectives long enough to make the file far larger than a
 * small heap could hold as a tree.
 */
public final class GeneratedCatalogue {

    /** A Luhn-valid SIRET for the generated organisation. */
    public static final String PROVIDER_SIRET = "32650798500058";

    private static final DateTimeFormatter LHEO_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String OBJECTIVES = ("&lt;p&gt;Comprendre, concevoir et conduire un projet numérique "
            + "d&amp;eacute;but &amp;agrave; fin : cadrage, architecture, qualité, sécurité, déploiement "
            + "et exploitation.&lt;/p&gt;").repeat(20);

    private GeneratedCatalogue() {
    }

    /** Writes the catalogue and returns its file. */
    public static Path writeLheoTo(Path file, int courses, int sessionsPerCourse, String edition) throws IOException {
        writeLheo(file, courses, sessionsPerCourse, edition);
        return file;
    }

    /** Writes the catalogue and returns the number of sessions in it. */
    public static int writeLheo(Path file, int courses, int sessionsPerCourse, String edition) throws IOException {
        LocalDate first = LocalDate.of(2027, 1, 4);
        int sessions = 0;
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8), 1 << 16)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<lheo xmlns=\"http://lheo.gouv.fr/2.3\">\n<offres>\n");
            for (int c = 0; c < courses; c++) {
                out.write("<formation numero=\"F-" + c + "\">\n<domaine-formation><code-FORMACODE ref=\"V12\" "
                        + "tag=\"principal\">31025</code-FORMACODE><code-NSF>326</code-NSF></domaine-formation>\n"
                        + "<intitule-formation>Parcours numérique n°" + c + " " + edition + "</intitule-formation>\n"
                        + "<objectif-formation>" + OBJECTIVES + "</objectif-formation>\n<action numero=\"A-" + c
                        + "\">\n<lieu-de-formation><coordonnees><ligne>Centre de formation " + (c % 50)
                        + "</ligne><adresse><ligne>" + (c % 200 + 1) + " avenue Alsace-Lorraine</ligne><codepostal>38000"
                        + "</codepostal><ville>Grenoble</ville></adresse></coordonnees></lieu-de-formation>\n");
                for (int s = 0; s < sessionsPerCourse; s++) {
                    LocalDate day = first.plusDays((c * 7L + s * 14L) % 700);
                    out.write("<session numero=\"S-" + c + "-" + s + "\"><periode><debut>" + day.format(LHEO_DATE)
                            + "</debut><fin>" + day.plusDays(1).format(LHEO_DATE) + "</fin></periode></session>\n");
                    sessions++;
                }
                out.write("<nombre-heures-total>14</nombre-heures-total><prix-total-TTC>900</prix-total-TTC>\n"
                        + "<organisme-financeur><code-financeur>2</code-financeur><nb-places-financees>12"
                        + "</nb-places-financees></organisme-financeur>\n</action>\n<organisme-formation-responsable>"
                        + "<SIRET-organisme-formation><SIRET>" + PROVIDER_SIRET + "</SIRET></SIRET-organisme-formation>"
                        + "<raison-sociale>Grande École du Numérique</raison-sociale></organisme-formation-responsable>"
                        + "\n</formation>\n");
            }
            out.write("</offres>\n</lheo>\n");
        }
        return sessions;
    }
}
