package org.filiere.watch;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a member is looking for. A tender matches when it carries one of the keywords or phrases in its title or
 * description (French text: plurals, common inflections and accents aside) or one of the CPV codes or a code
 * under one of them; and none of the excluded words; and, if places are given, it is in one of them or does not
 * say where it is; and, if a value range is given, its value is in it or it gives none.
 *
 * <p>A keyword is a word (a keyword of several words must appear as written, as a phrase does); a phrase is
 * several words that must follow each other.
 *
 * @param keywords      words, each enough to match
 * @param phrases       phrases, each enough to match
 * @param excludedWords words that veto a tender
 * @param cpvCodes      CPV codes; each stands for itself and every code under it
 * @param departments   departments named one by one
 * @param regions       regions, for all of their departments
 * @param minValue      the least estimated value, if any
 * @param maxValue      the greatest estimated value, if any
 */
public record WatchCriteria(List<String> keywords, List<String> phrases, List<String> excludedWords,
        List<CpvCode> cpvCodes, Set<Department> departments, Set<Region> regions, Optional<BigDecimal> minValue,
        Optional<BigDecimal> maxValue) {

    public WatchCriteria {
        keywords = clean(keywords);
        phrases = clean(phrases);
        excludedWords = clean(excludedWords);
        cpvCodes = List.copyOf(new LinkedHashSet<>(cpvCodes));
        departments = Set.copyOf(departments);
        regions = Set.copyOf(regions);
        Objects.requireNonNull(minValue, "minValue");
        Objects.requireNonNull(maxValue, "maxValue");
    }

    private static List<String> clean(Collection<String> texts) {
        return List.copyOf(texts.stream().filter(Objects::nonNull).map(t -> t.strip().replaceAll("\\s+", " "))
                .filter(t -> !t.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** Whether the criteria say what the member is interested in: a keyword, a phrase or a CPV code. */
    public boolean namesAnInterest() {
        return !keywords.isEmpty() || !phrases.isEmpty() || !cpvCodes.isEmpty();
    }

    /** Every department the member watches, from the departments and the regions; empty means anywhere. */
    public Set<Department> places() {
        Set<Department> places = new TreeSet<>((a, b) -> a.code().compareTo(b.code()));
        places.addAll(departments);
        regions.forEach(r -> places.addAll(r.departments()));
        return places;
    }

    /** Whether a value range is given. */
    public boolean hasValueRange() {
        return minValue.isPresent() || maxValue.isPresent();
    }
}
