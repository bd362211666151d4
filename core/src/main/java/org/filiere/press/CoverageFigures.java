package org.filiere.press;

import java.util.Map;

/**
 * The press coverage of a year, added up.
 *
 * @param year     the year
 * @param count    how many articles, programmes or posts
 * @param reach    their reach added up
 * @param byTone   how many of each tone
 * @param byOutlet how many in each outlet, and their reach
 */
public record CoverageFigures(int year, long count, long reach, Map<Tone, Long> byTone,
        Map<MediaOutletId, OutletCoverage> byOutlet) {

    public CoverageFigures {
        byTone = Map.copyOf(byTone);
        byOutlet = Map.copyOf(byOutlet);
    }

    /**
     * One outlet's coverage in the year.
     *
     * @param count how many
     * @param reach their reach added up
     */
    public record OutletCoverage(long count, long reach) {
    }
}
