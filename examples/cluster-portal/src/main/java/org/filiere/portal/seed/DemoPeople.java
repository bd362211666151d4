package org.filiere.portal.seed;

import java.util.List;
import java.util.Optional;

import org.filiere.access.Actor;
import org.filiere.member.Address;
import org.filiere.member.NafCode;
import org.filiere.member.Siret;

/**
 * The demo cluster the portal shows ("Numérique Isère", as in the command-line tour): its member companies, with
 * made-up names and company numbers valid by INSEE's check rules, and the people who sign in.
 */
public final class DemoPeople {

    /** The association's name. */
    public static final String CLUSTER_NAME = "Numérique Isère";

    /** The director, who publishes the charter. */
    public static final Actor DIRECTOR = Actor.director("helene-faure", "Hélène Faure");

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

        /** The nine-digit SIREN. */
        public String siren() {
            return siret.value().substring(0, 9);
        }
    }

    /** The member companies, the two represented ones first. */
    public static final List<Company> COMPANIES = List.of(
            company("38185001", "Alpes Logiciels SAS", "62.01Z", "12 rue des Arts et Métiers", "38000", "Grenoble",
                    "38185", 24),
            company("38229002", "Vercors Data SARL", "63.11Z", "4 avenue du Granier", "38240", "Meylan", "38229", 11),
            company("38249003", "Belledonne Systèmes SAS", "62.02A", "8 chemin du Pré Carré", "38330",
                    "Montbonnot-Saint-Martin", "38249", 45),
            company("38421004", "Chartreuse Cyber SAS", "62.09Z", "20 rue Lavoisier", "38400",
                    "Saint-Martin-d'Hères", "38421", 7),
            company("38151005", "Oisans Robotique SA", "26.51B", "3 rue Ampère", "38130", "Échirolles", "38151",
                    120),
            company("38140006", "Grésivaudan Électronique SAS", "26.11Z", "15 avenue de l'Europe", "38920",
                    "Crolles", "38140", 60),
            company("38563007", "Trièves Studio SARL", "58.21Z", "2 place Robert Schuman", "38500", "Voiron",
                    "38563", 3),
            company("38474008", "Drac Cloud SAS", "63.11Z", "31 rue de la Découverte", "38360", "Sassenage",
                    "38474", 18),
            company("38382009", "Taillefer Conseil SASU", "70.22Z", "6 rue Général Mangin", "38120",
                    "Saint-Égrève", "38382", 2),
            company("38169010", "Moucherotte Réseaux SAS", "61.10Z", "9 boulevard Gambetta", "38600", "Fontaine",
                    "38169", 33),
            company("38158011", "Bièvre Intelligence SAS", "62.01Z", "14 chemin de la Dhuy", "38320", "Eybens",
                    "38158", 9),
            company("38053012", "Matheysine Labs SAS", "72.19Z", "5 avenue Jean Kuntzmann", "38300",
                    "Bourgoin-Jallieu", "38053", 14));

    /**
     * Someone who signs in to the portal, by the user name the server's registry knows.
     *
     * @param userName the server's user name
     * @param actor    who they are for the library
     */
    public record Login(String userName, Actor actor) {
    }

    /** The people of the server's user registry: one member of staff, the representatives of two members. */
    public static final List<Login> LOGINS = List.of(
            new Login("claire", Actor.staff("claire-martin", "Claire Martin")),
            new Login("anne", Actor.representativeOf(COMPANIES.get(0).siren(), "anne-roux", "Anne Roux")),
            new Login("paul", Actor.representativeOf(COMPANIES.get(1).siren(), "paul-brun", "Paul Brun")));

    private DemoPeople() {
    }

    /** The library's actor for a user name of the server's registry. */
    public static Optional<Actor> actorOf(String userName) {
        return LOGINS.stream().filter(l -> l.userName().equals(userName)).map(Login::actor).findFirst();
    }

    /** The staff member who seeds the cluster. */
    public static Actor staff() {
        return LOGINS.get(0).actor();
    }

    private static Company company(String sirenBody, String name, String naf, String street, String postcode,
            String commune, String insee, int employees) {
        String siren = withLuhnDigit(sirenBody);
        return new Company(Siret.parse(withLuhnDigit(siren + "0001")), name, new NafCode(naf),
                new Address(street, postcode, commune, insee), employees);
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
}
