package org.filiere.member;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The mapping from NAF codes to the association's sector families. It is data, not code: a properties file
 * names each family and the NAF prefixes it covers, and the longest matching prefix wins.
 *
 * <pre>
 * family.it-services.label = IT services
 * family.it-services.naf   = 62, 63.1
 * family.software-publishing.label = Software publishing
 * family.software-publishing.naf   = 58.2
 * </pre>
 */
public final class SectorFamilies {

    private static final String SHIPPED = "sector-families.properties";

    private final Map<String, SectorFamily> families;
    private final List<Prefix> prefixes;

    private record Prefix(String prefix, SectorFamily family) {
    }

    private SectorFamilies(Map<String, SectorFamily> families, List<Prefix> prefixes) {
        this.families = families;
        this.prefixes = prefixes;
    }

    /** The mapping shipped with the library, suited to a digital-industry cluster. */
    public static SectorFamilies shipped() {
        try (InputStream in = SectorFamilies.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("The sector family mapping " + SHIPPED + " is missing from the library");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sector family mapping", e);
        }
    }

    /**
     * Reads a mapping in the properties layout described above.
     *
     * @throws IllegalArgumentException naming the family and the key when the mapping is incomplete
     */
    public static SectorFamilies read(Reader properties) throws IOException {
        Properties p = new Properties();
        p.load(properties);
        Set<String> keys = new TreeSet<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith("family.") && name.endsWith(".label")) {
                keys.add(name.substring("family.".length(), name.length() - ".label".length()));
            }
        }
        Map<String, SectorFamily> families = new LinkedHashMap<>();
        List<Prefix> prefixes = new ArrayList<>();
        for (String key : keys) {
            SectorFamily family = new SectorFamily(key, p.getProperty("family." + key + ".label").strip());
            families.put(key, family);
            String naf = p.getProperty("family." + key + ".naf");
            if (naf == null || naf.isBlank()) {
                throw new IllegalArgumentException("Sector family '" + key + "' has no 'family." + key + ".naf' prefixes");
            }
            for (String prefix : naf.split(",")) {
                prefixes.add(new Prefix(prefix.strip(), family));
            }
        }
        prefixes.sort(Comparator.comparingInt((Prefix x) -> x.prefix().length()).reversed());
        families.put(SectorFamily.OTHER.key(), SectorFamily.OTHER);
        return new SectorFamilies(families, List.copyOf(prefixes));
    }

    /** The family a NAF code belongs to ({@link SectorFamily#OTHER} when none covers it). */
    public SectorFamily familyOf(NafCode code) {
        for (Prefix p : prefixes) {
            if (code.value().startsWith(p.prefix())) {
                return p.family();
            }
        }
        return SectorFamily.OTHER;
    }

    /**
     * Every NAF prefix with its family, longest prefix first: a code belongs to the family of the first prefix it
     * starts with (so that a query can place codes in families the way {@link #familyOf} does).
     */
    public List<Map.Entry<String, SectorFamily>> prefixes() {
        return prefixes.stream().map(p -> Map.entry(p.prefix(), p.family())).toList();
    }

    /** The family with this key. */
    public Optional<SectorFamily> family(String key) {
        return Optional.ofNullable(families.get(key));
    }

    /** Every family, "other" last. */
    public List<SectorFamily> all() {
        return List.copyOf(families.values());
    }

    /** The codes of a nomenclature that fall in a family, for querying members by sector. */
    public Set<NafCode> codesOf(SectorFamily family, NafNomenclature nomenclature) {
        return nomenclature.all().stream()
                .map(NafActivity::code)
                .filter(code -> familyOf(code).equals(family))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
