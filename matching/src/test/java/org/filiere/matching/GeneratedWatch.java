package org.filiere.matching;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.filiere.member.MemberId;
import org.filiere.watch.Buyer;
import org.filiere.watch.CpvCode;
import org.filiere.watch.CpvEntry;
import org.filiere.watch.CpvVocabulary;
import org.filiere.watch.Department;
import org.filiere.watch.EstimatedValue;
import org.filiere.watch.Place;
import org.filiere.watch.Region;
import org.filiere.watch.Tender;
import org.filiere.watch.TenderDetails;
import org.filiere.watch.TenderId;
import org.filiere.watch.WatchCriteria;
import org.filiere.watch.WatchProfile;

/**
 * Generated tenders and watch profiles, reproducible from a seed, for measuring and cross-checking matchers. The
 * words come from the French labels of the CPV 2008, so the text is French with its plurals and accents; a tender
 * speaks mostly of its own CPV codes, as real notices do, and profiles watch a few words, phrases and nodes of the
 * tree (specific words, as a member names its trade, and nodes from the class down), some with places, a value
 * range or excluded words.
 */
public final class GeneratedWatch {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** A word in at most this many CPV labels is specific enough to watch for. */
    private static final int SPECIFIC = 12;
    private static final List<String> FILLER = List.of("marché", "prestations", "lot", "fourniture", "accord-cadre",
            "relatif", "réalisation", "ensemble", "besoins", "commune", "services", "pour", "dans", "avec", "l'ensemble",
            "d'un", "des", "les", "du", "et");

    private final CpvVocabulary cpv;
    private final Random random;
    private final List<CpvEntry> codes;
    private final List<String> words;
    private final List<String> specificWords;
    private final List<String[]> specificPairs;
    private final List<String> departments;

    public GeneratedWatch(CpvVocabulary cpv, long seed) {
        this.cpv = cpv;
        this.random = new Random(seed);
        this.codes = List.copyOf(cpv.all());
        Map<String, Integer> labelsWithWord = new LinkedHashMap<>();
        for (CpvEntry entry : codes) {
            for (String word : new LinkedHashSet<>(labelWords(entry))) {
                labelsWithWord.merge(word, 1, Integer::sum);
            }
        }
        this.words = List.copyOf(labelsWithWord.keySet());
        this.specificWords = labelsWithWord.entrySet().stream().filter(e -> e.getValue() <= SPECIFIC)
                .map(Map.Entry::getKey).toList();
        List<String[]> pairs = new ArrayList<>();
        for (CpvEntry entry : codes) {
            List<String> label = labelWords(entry);
            for (int i = 0; i + 1 < label.size(); i++) {
                if (labelsWithWord.get(label.get(i)) <= SPECIFIC || labelsWithWord.get(label.get(i + 1)) <= SPECIFIC) {
                    pairs.add(new String[] {label.get(i), label.get(i + 1)});
                }
            }
        }
        this.specificPairs = List.copyOf(pairs);
        List<String> all = new ArrayList<>();
        for (Region region : Region.values()) {
            region.departments().forEach(d -> all.add(d.code()));
        }
        this.departments = all.stream().sorted().toList();
    }

    /** The words of a label that say something: five letters at least, elisions aside. */
    private static List<String> labelWords(CpvEntry entry) {
        List<String> words = new ArrayList<>();
        for (String word : entry.frenchLabel().split("[\\s,;:()/.]+")) {
            if (word.length() >= 5 && !word.contains("'")) {
                words.add(word.toLowerCase(Locale.FRENCH));
            }
        }
        return words;
    }

    /** Tenders received on a day, numbered from 1. */
    public List<Tender> tenders(int count, LocalDate receivedOn) {
        Clock clock = Clock.fixed(receivedOn.atTime(9, 0).atZone(PARIS).toInstant(), PARIS);
        List<Tender> tenders = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            tenders.add(Tender.receive(new TenderId("generated", "T" + i), tenderDetails(receivedOn), clock).tender());
        }
        return tenders;
    }

    private TenderDetails tenderDetails(LocalDate day) {
        List<CpvCode> tenderCodes = new ArrayList<>();
        StringBuilder title = new StringBuilder();
        StringBuilder description = new StringBuilder();
        int codeCount = 1 + random.nextInt(3);
        for (int c = 0; c < codeCount; c++) {
            CpvEntry entry = codes.get(random.nextInt(codes.size()));
            if (random.nextInt(10) > 0) {
                tenderCodes.add(entry.code());
            }
            (c == 0 ? title : description).append(inflect(entry.frenchLabel())).append(". ");
        }
        for (int w = 0; w < 6 + random.nextInt(14); w++) {
            description.append(random.nextInt(3) == 0 ? FILLER.get(random.nextInt(FILLER.size()))
                    : inflect(words.get(random.nextInt(words.size())))).append(' ');
        }
        Place place = random.nextInt(10) == 0 ? Place.unknown()
                : Place.in(new Department(departments.get(random.nextInt(departments.size()))));
        Optional<EstimatedValue> value = random.nextInt(6) == 0 ? Optional.empty()
                : Optional.of(new EstimatedValue(BigDecimal.valueOf(5_000 + random.nextInt(2_000_000)), "EUR"));
        Optional<Instant> deadline = Optional.of(day.plusDays(10 + random.nextInt(40)).atTime(12, 0).atZone(PARIS)
                .toInstant());
        return new TenderDetails(Buyer.named("Acheteur " + random.nextInt(500)), title.toString(),
                description.toString(), tenderCodes, place, value, Optional.of(day), deadline,
                Optional.of(URI.create("https://marches.example.org/" + random.nextInt(1_000_000))));
    }

    /** Active watch profiles of distinct members. */
    public List<WatchProfile> profiles(int count) {
        List<WatchProfile> profiles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            profiles.add(new WatchProfile(MemberId.of(siren(100_000 + i)), criteria(), List.of("veille@example.org"),
                    true, 1));
        }
        return profiles;
    }

    private WatchCriteria criteria() {
        List<String> keywords = new ArrayList<>();
        for (int k = 0; k < 1 + random.nextInt(3); k++) {
            keywords.add(inflect(specificWords.get(random.nextInt(specificWords.size()))));
        }
        List<String> phrases = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            String[] pair = specificPairs.get(random.nextInt(specificPairs.size()));
            phrases.add(inflect(pair[0]) + " " + pair[1]);
        }
        List<String> excluded = random.nextInt(4) == 0 ? List.of(words.get(random.nextInt(words.size()))) : List.of();
        List<CpvCode> nodes = new ArrayList<>();
        for (int c = 0; c < random.nextInt(3); c++) {
            List<CpvCode> lineage = cpv.lineage(codes.get(random.nextInt(codes.size())).code()).stream()
                    .filter(code -> code.significantDigits().length() >= 4).toList();
            if (!lineage.isEmpty()) {
                nodes.add(lineage.get(random.nextInt(lineage.size())));
            }
        }
        Set<Department> places = new LinkedHashSet<>();
        if (random.nextBoolean()) {
            for (int d = 0; d < 1 + random.nextInt(5); d++) {
                places.add(new Department(departments.get(random.nextInt(departments.size()))));
            }
        }
        Set<Region> regions = random.nextInt(5) == 0 ? Set.of(Region.values()[random.nextInt(Region.values().length)])
                : Set.of();
        Optional<BigDecimal> min = random.nextInt(4) == 0 ? Optional.of(BigDecimal.valueOf(random.nextInt(200_000)))
                : Optional.empty();
        Optional<BigDecimal> max = random.nextInt(4) == 0
                ? Optional.of(BigDecimal.valueOf(200_000 + random.nextInt(2_000_000))) : Optional.empty();
        return new WatchCriteria(keywords, phrases, excluded, nodes, places, regions, min, max);
    }

    /** Sometimes the plural or the capitalised form, as people and notices write words. */
    private String inflect(String text) {
        return switch (random.nextInt(4)) {
            case 0 -> text.toUpperCase(Locale.FRENCH);
            case 1 -> text.endsWith("s") ? text : text + "s";
            default -> text;
        };
    }

    /** A valid SIREN built from a number: eight digits and the Luhn check digit. */
    static String siren(int number) {
        String body = String.format("%08d", number);
        for (int check = 0; check <= 9; check++) {
            String candidate = body + check;
            if (org.filiere.member.Siren.isValid(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no check digit for " + body);
    }
}
