package org.filiere.demo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.filiere.member.Address;
import org.filiere.member.Dues;
import org.filiere.member.NafCode;
import org.filiere.member.Siret;
import org.filiere.member.SizeBand;

/**
 * The made-up but realistic companies of the demo cluster, a digital-industry cluster of the Isère department:
 * fictional names and company numbers (valid by INSEE's check rules), real communes and NAF codes. The same seed
 * gives the same cluster.
 */
public final class DemoData {

    /** The demo association's name. */
    public static final String CLUSTER_NAME = "Numérique Isère";

    private static final String[] FIRST = {"Alpes", "Dauphiné", "Belledonne", "Vercors", "Chartreuse", "Isère",
        "Oisans", "Grésivaudan", "Trièves", "Matheysine", "Bièvre", "Drac", "Taillefer", "Moucherotte"};
    private static final String[] SECOND = {"Logiciels", "Data", "Numérique", "Systèmes", "Conseil", "Digital",
        "Cloud", "Robotique", "Électronique", "Studio", "Réseaux", "Cyber", "Intelligence", "Labs"};
    private static final String[] FORMS = {"SAS", "SARL", "SAS", "SA", "SASU", "SAS"};

    /**
     * A commune of Isère with its postcode and INSEE code, and how many members are there out of 100.
     *
     * @param name     commune name
     * @param postcode postcode
     * @param insee    INSEE commune code
     * @param weight   share of members
     */
    record Commune(String name, String postcode, String insee, int weight) {
    }

    private static final List<Commune> COMMUNES = List.of(
            new Commune("Grenoble", "38000", "38185", 34),
            new Commune("Meylan", "38240", "38229", 14),
            new Commune("Montbonnot-Saint-Martin", "38330", "38249", 8),
            new Commune("Saint-Martin-d'Hères", "38400", "38421", 7),
            new Commune("Échirolles", "38130", "38151", 6),
            new Commune("Crolles", "38920", "38140", 6),
            new Commune("Voiron", "38500", "38563", 5),
            new Commune("Sassenage", "38360", "38474", 4),
            new Commune("Saint-Égrève", "38120", "38382", 4),
            new Commune("Fontaine", "38600", "38169", 3),
            new Commune("Eybens", "38320", "38158", 3),
            new Commune("Bourgoin-Jallieu", "38300", "38053", 3),
            new Commune("Vienne", "38200", "38544", 3));

    private static final String[][] ACTIVITIES = {
        {"58.29C", "14"}, {"58.29A", "3"}, {"58.21Z", "3"}, {"58.29B", "2"},
        {"62.01Z", "22"}, {"62.02A", "14"}, {"62.02B", "3"}, {"62.03Z", "2"}, {"62.09Z", "4"}, {"63.11Z", "5"},
        {"63.12Z", "2"}, {"61.10Z", "2"}, {"61.90Z", "3"}, {"59.11B", "2"}, {"63.91Z", "1"}, {"73.11Z", "2"},
        {"74.10Z", "2"}, {"26.11Z", "3"}, {"26.51B", "3"}, {"33.20C", "2"}, {"71.12B", "3"}, {"72.19Z", "3"},
        {"85.59A", "2"}, {"70.22Z", "4"}};

    private static final String[] STREETS = {"rue des Arts et Métiers", "avenue Jean Kuntzmann", "chemin du Pré Carré",
        "rue Général Mangin", "boulevard Gambetta", "avenue du Granier", "rue Lavoisier", "chemin de la Dhuy",
        "rue de la Découverte", "avenue de l'Europe", "rue Ampère", "place Robert Schuman"};

    /**
     * One company of the demo.
     *
     * @param siret     head office SIRET
     * @param name      company name
     * @param activity  NAF code
     * @param address   head office address
     * @param employees headcount
     */
    public record Company(Siret siret, String name, NafCode activity, Address address, int employees) {

        public SizeBand sizeBand() {
            return SizeBand.ofEmployees(employees);
        }

        /** The yearly dues, by size. */
        public Dues dues() {
            SizeBand band = sizeBand();
            if (band.maxEmployees() <= 2) {
                return Dues.euros("150");
            } else if (band.maxEmployees() <= 9) {
                return Dues.euros("300");
            } else if (band.maxEmployees() <= 19) {
                return Dues.euros("450");
            } else if (band.maxEmployees() <= 49) {
                return Dues.euros("700");
            } else if (band.maxEmployees() <= 99) {
                return Dues.euros("1000");
            }
            return Dues.euros("1500");
        }
    }

    private final int year;
    private final Random random = new Random(38_185L);
    private final Set<String> usedNames = new LinkedHashSet<>();
    private final Set<String> usedSirens = new LinkedHashSet<>();

    public DemoData(int year) {
        this.year = year;
    }

    /** The year the demo is in; the cluster has this year and the one before. */
    public int year() {
        return year;
    }

    /** The demo's random source, seeded, so that every step draws the same cluster each time. */
    public Random random() {
        return random;
    }

    /** The next new company. */
    public Company nextCompany() {
        String name;
        do {
            name = FIRST[random.nextInt(FIRST.length)] + " " + SECOND[random.nextInt(SECOND.length)];
        } while (!usedNames.add(name));
        String siren;
        do {
            siren = withLuhnDigit(String.format("%08d", 30_000_000 + random.nextInt(60_000_000)));
        } while (!usedSirens.add(siren));
        Siret siret = Siret.parse(withLuhnDigit(siren + "0001"));
        Commune commune = pick(COMMUNES.stream().map(c -> new Object[] {c, c.weight()}).toList());
        String[] activity = pick(List.of(ACTIVITIES).stream().map(a -> new Object[] {a, Integer.parseInt(a[1])}).toList());
        Address address = new Address((1 + random.nextInt(60)) + " " + STREETS[random.nextInt(STREETS.length)],
                commune.postcode(), commune.name(), commune.insee());
        return new Company(siret, name + " " + FORMS[random.nextInt(FORMS.length)], new NafCode(activity[0]), address,
                employees());
    }

    private int employees() {
        int draw = random.nextInt(100);
        if (draw < 20) {
            return 1 + random.nextInt(2);
        } else if (draw < 45) {
            return 3 + random.nextInt(7);
        } else if (draw < 70) {
            return 10 + random.nextInt(10);
        } else if (draw < 88) {
            return 20 + random.nextInt(30);
        } else if (draw < 96) {
            return 50 + random.nextInt(50);
        }
        return 100 + random.nextInt(400);
    }

    @SuppressWarnings("unchecked")
    private <T> T pick(List<Object[]> weighted) {
        int total = weighted.stream().mapToInt(w -> (Integer) w[1]).sum();
        int draw = random.nextInt(total);
        for (Object[] w : weighted) {
            draw -= (Integer) w[1];
            if (draw < 0) {
                return (T) w[0];
            }
        }
        throw new IllegalStateException("empty weights");
    }

    /** Appends the digit that makes the number pass the Luhn check, as INSEE numbers do. */
    static String withLuhnDigit(String body) {
        for (int d = 0; d <= 9; d++) {
            String candidate = body + d;
            int sum = 0;
            boolean doubled = false;
            for (int i = candidate.length() - 1; i >= 0; i--) {
                int v = candidate.charAt(i) - '0';
                if (doubled) {
                    v = v * 2 > 9 ? v * 2 - 9 : v * 2;
                }
                sum += v;
                doubled = !doubled;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("no Luhn digit for " + body);
    }

    /** Picks {@code count} distinct items, in random order. */
    public <T> List<T> sample(List<T> items, int count) {
        List<T> copy = new ArrayList<>(items);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(count, copy.size()));
    }
}
