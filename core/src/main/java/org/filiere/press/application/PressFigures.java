package org.filiere.press.application;

import java.util.Map;

import org.filiere.press.Tone;

/**
 * A year of press relations in figures, for the activity report.
 *
 * @param year              the year
 * @param releasesPublished press releases published
 * @param coverage          articles, programmes and posts logged
 * @param reach             their reach added up
 * @param byTone            coverage by tone
 * @param byOutlet          coverage by outlet name, most first
 * @param reachByOutlet     reach by outlet name
 */
public record PressFigures(int year, long releasesPublished, long coverage, long reach, Map<Tone, Long> byTone,
        Map<String, Long> byOutlet, Map<String, Long> reachByOutlet) {
}
