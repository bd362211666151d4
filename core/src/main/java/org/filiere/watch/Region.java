package org.filiere.watch;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The regions of France since 2016, each with its departments, as a watch profile may name them. */
public enum Region {
    AUVERGNE_RHONE_ALPES("84", "Auvergne-Rhône-Alpes", "01", "03", "07", "15", "26", "38", "42", "43", "63", "69",
            "73", "74"),
    BOURGOGNE_FRANCHE_COMTE("27", "Bourgogne-Franche-Comté", "21", "25", "39", "58", "70", "71", "89", "90"),
    BRETAGNE("53", "Bretagne", "22", "29", "35", "56"),
    CENTRE_VAL_DE_LOIRE("24", "Centre-Val de Loire", "18", "28", "36", "37", "41", "45"),
    CORSE("94", "Corse", "2A", "2B"),
    GRAND_EST("44", "Grand Est", "08", "10", "51", "52", "54", "55", "57", "67", "68", "88"),
    HAUTS_DE_FRANCE("32", "Hauts-de-France", "02", "59", "60", "62", "80"),
    ILE_DE_FRANCE("11", "Île-de-France", "75", "77", "78", "91", "92", "93", "94", "95"),
    NORMANDIE("28", "Normandie", "14", "27", "50", "61", "76"),
    NOUVELLE_AQUITAINE("75", "Nouvelle-Aquitaine", "16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86",
            "87"),
    OCCITANIE("76", "Occitanie", "09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"),
    PAYS_DE_LA_LOIRE("52", "Pays de la Loire", "44", "49", "53", "72", "85"),
    PROVENCE_ALPES_COTE_D_AZUR("93", "Provence-Alpes-Côte d'Azur", "04", "05", "06", "13", "83", "84"),
    GUADELOUPE("01", "Guadeloupe", "971"),
    MARTINIQUE("02", "Martinique", "972"),
    GUYANE("03", "Guyane", "973"),
    LA_REUNION("04", "La Réunion", "974"),
    MAYOTTE("06", "Mayotte", "976");

    private final String inseeCode;
    private final String label;
    private final Set<String> departments;

    Region(String inseeCode, String label, String... departments) {
        this.inseeCode = inseeCode;
        this.label = label;
        this.departments = Set.of(departments);
    }

    /** The region's INSEE code ({@code 84}). */
    public String inseeCode() {
        return inseeCode;
    }

    /** Its name in French. */
    public String label() {
        return label;
    }

    /** Its departments. */
    public Set<Department> departments() {
        return departments.stream().map(Department::new).collect(Collectors.toUnmodifiableSet());
    }

    boolean contains(String department) {
        return departments.contains(department);
    }

    /** The region of a department. */
    public static Region of(Department department) {
        return Arrays.stream(values()).filter(r -> r.contains(department.code())).findFirst().orElseThrow();
    }

    /**
     * The region named by its INSEE code, its constant name or its French name, accents and case aside
     * ({@code 84}, {@code AUVERGNE_RHONE_ALPES}, {@code auvergne-rhône-alpes}).
     */
    public static Optional<Region> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = simplify(text);
        return Arrays.stream(values()).filter(r -> r.inseeCode.equals(text.strip()) || simplify(r.name()).equals(wanted)
                || simplify(r.label).equals(wanted)).findFirst();
    }

    private static String simplify(String text) {
        return java.text.Normalizer.normalize(text.strip(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Every department code of France, metropolitan and overseas. */
    static List<String> allDepartmentCodes() {
        return Arrays.stream(values()).flatMap(r -> r.departments.stream()).sorted().toList();
    }
}
