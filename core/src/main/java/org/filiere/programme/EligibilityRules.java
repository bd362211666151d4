package org.filiere.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.filiere.member.SectorFamilies;
import org.filiere.member.SectorFamily;

/**
 * The eligibility rules of partner programmes, built in code or read from their text form:
 *
 * <pre>
 * anyone                                   every member
 * sector(software-publishing, it-services) sector families, by key
 * size(10-249)   size(10+)                 size band within a range of employees
 * charter-signed                           valid signature of the charter in force
 * active-membership                        paid-up member in the year of application
 * all(rule, rule, ...)                     every rule
 * any(rule, rule, ...)                     at least one rule
 * </pre>
 */
public final class EligibilityRules {

    private static final Pattern RANGE = Pattern.compile("(\\d+)(?:-(\\d+)|(\\+))");

    private EligibilityRules() {
    }

    public static EligibilityPolicy anyone() {
        return new OpenToAllPolicy();
    }

    public static EligibilityPolicy sector(SectorFamily... families) {
        return new SectorPolicy(List.of(families));
    }

    public static EligibilityPolicy sizeBetween(int minEmployees, int maxEmployees) {
        return new SizeBandPolicy(minEmployees, maxEmployees);
    }

    public static EligibilityPolicy sizeFrom(int minEmployees) {
        return new SizeBandPolicy(minEmployees, Integer.MAX_VALUE);
    }

    public static EligibilityPolicy charterSigned() {
        return new CharterSignedPolicy();
    }

    public static EligibilityPolicy activeMembership() {
        return new ActiveMembershipPolicy();
    }

    public static EligibilityPolicy allOf(EligibilityPolicy... policies) {
        return new AllOfPolicy(List.of(policies));
    }

    public static EligibilityPolicy anyOf(EligibilityPolicy... policies) {
        return new AnyOfPolicy(List.of(policies));
    }

    /**
     * Reads rules in their text form; sector keys are those of the sector families given.
     *
     * @throws ProgrammeRefusedException quoting the text and saying where and why it is not valid
     */
    public static EligibilityPolicy parse(String text, SectorFamilies sectors) {
        if (text == null || text.isBlank()) {
            throw new ProgrammeRefusedException("An eligibility rule is needed; write \"anyone\" for every member");
        }
        Parser parser = new Parser(text, sectors);
        EligibilityPolicy policy = parser.rule();
        parser.skipSpaces();
        if (!parser.atEnd()) {
            throw parser.error("unexpected '" + parser.peek() + "'");
        }
        return policy;
    }

    private static final class Parser {

        private final String text;
        private final SectorFamilies sectors;
        private int at;

        Parser(String text, SectorFamilies sectors) {
            this.text = text;
            this.sectors = sectors;
        }

        EligibilityPolicy rule() {
            String name = word();
            return switch (name) {
                case "anyone" -> new OpenToAllPolicy();
                case "charter-signed" -> new CharterSignedPolicy();
                case "active-membership" -> new ActiveMembershipPolicy();
                case "sector" -> new SectorPolicy(arguments(this::family));
                case "size" -> size();
                case "all" -> composite(name, AllOfPolicy::new);
                case "any" -> composite(name, AnyOfPolicy::new);
                default -> throw error("unknown rule '" + name + "' (the rules are anyone, sector, size, "
                        + "charter-signed, active-membership, all and any)");
            };
        }

        private EligibilityPolicy composite(String name,
                Function<List<EligibilityPolicy>, EligibilityPolicy> build) {
            List<EligibilityPolicy> parts = arguments(this::rule);
            if (parts.size() < 2) {
                throw error("'" + name + "' combines at least two rules");
            }
            return build.apply(parts);
        }

        private EligibilityPolicy size() {
            List<String> args = arguments(this::word);
            Matcher m = args.size() == 1 ? RANGE.matcher(args.get(0)) : null;
            if (m == null || !m.matches()) {
                throw error("a size is written size(10-249) or size(10+)");
            }
            int min = Integer.parseInt(m.group(1));
            return new SizeBandPolicy(min, m.group(3) != null ? Integer.MAX_VALUE : Integer.parseInt(m.group(2)));
        }

        private SectorFamily family() {
            int start = at;
            String key = word();
            return sectors.family(key).orElseThrow(() -> {
                at = start;
                return error("unknown sector family '" + key + "' (known: " + sectors.all().stream()
                        .map(SectorFamily::key).collect(Collectors.joining(", ")) + ")");
            });
        }

        private <T> List<T> arguments(Supplier<T> item) {
            expect('(');
            List<T> items = new ArrayList<>();
            items.add(item.get());
            skipSpaces();
            while (!atEnd() && peek() == ',') {
                at++;
                items.add(item.get());
                skipSpaces();
            }
            expect(')');
            return items;
        }

        private String word() {
            skipSpaces();
            int start = at;
            while (!atEnd() && (Character.isLetterOrDigit(peek()) || peek() == '-' || peek() == '+')) {
                at++;
            }
            if (start == at) {
                throw error(atEnd() ? "the text ends where a rule is expected" : "a rule is expected, not '"
                        + peek() + "'");
            }
            return text.substring(start, at);
        }

        private void expect(char c) {
            skipSpaces();
            if (atEnd() || peek() != c) {
                throw error("'" + c + "' is expected" + (atEnd() ? " at the end" : ", not '" + peek() + "'"));
            }
            at++;
        }

        void skipSpaces() {
            while (!atEnd() && Character.isWhitespace(peek())) {
                at++;
            }
        }

        boolean atEnd() {
            return at >= text.length();
        }

        char peek() {
            return text.charAt(at);
        }

        ProgrammeRefusedException error(String why) {
            return new ProgrammeRefusedException("Eligibility rule \"" + text + "\" is not valid at character "
                    + (at + 1) + ": " + why);
        }
    }
}
