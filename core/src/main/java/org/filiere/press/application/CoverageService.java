package org.filiere.press.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.application.BindsCurrentActor;
import org.filiere.kernel.NotFoundException;
import org.filiere.press.CoverageEntries;
import org.filiere.press.CoverageEntry;
import org.filiere.press.CoverageEntryId;
import org.filiere.press.CoverageFigures;
import org.filiere.press.MediaOutlet;
import org.filiere.press.MediaOutletId;
import org.filiere.press.MediaOutlets;
import org.filiere.press.PressReleases;
import org.filiere.press.Tone;
import org.filiere.press.application.PressCommands.LogCoverage;

/** The log of the press coverage, and the year's press figures. */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class CoverageService {

    private final CoverageEntries coverage;
    private final MediaOutlets outlets;
    private final PressReleases releases;

    @Inject
    public CoverageService(CoverageEntries coverage, MediaOutlets outlets, PressReleases releases) {
        this.coverage = coverage;
        this.outlets = outlets;
        this.releases = releases;
    }

    /** For the CDI container's proxies. */
    protected CoverageService() {
        this(null, null, null);
    }

    /** @throws NotFoundException if the outlet or the release is not known */
    public CoverageEntryId log(LogCoverage c) {
        requireStaff(c.actor(), "log press coverage");
        outlets.find(c.outletId()).orElseThrow(() -> new NotFoundException("media outlet " + c.outletId()));
        c.releaseId().ifPresent(r -> releases.find(r).orElseThrow(() -> new NotFoundException("press release " + r)));
        CoverageEntry entry = new CoverageEntry(CoverageEntryId.random(), c.outletId(), c.date(), c.headline(),
                c.url(), c.reach(), c.tone(), c.releaseId(), 0);
        coverage.save(entry);
        return entry.id();
    }

    /** The coverage of a year, the latest first. */
    public List<CoverageEntry> ofYear(int year) {
        requireStaff("see the press coverage");
        return coverage.ofYear(year);
    }

    /** The year's figures: releases published, coverage by tone and by outlet, reach. */
    public PressFigures figures(int year) {
        requireStaff("see the press figures");
        CoverageFigures figures = coverage.figures(year);
        Map<Tone, Long> byTone = new EnumMap<>(Tone.class);
        for (Tone tone : Tone.values()) {
            byTone.put(tone, figures.byTone().getOrDefault(tone, 0L));
        }
        Map<String, Long> byOutlet = new LinkedHashMap<>();
        Map<String, Long> reachByOutlet = new LinkedHashMap<>();
        figures.byOutlet().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<MediaOutletId, CoverageFigures.OutletCoverage> e)
                        -> e.getValue().count()).reversed())
                .forEach(e -> {
                    String name = outlets.find(e.getKey()).map(MediaOutlet::name).orElse(e.getKey().toString());
                    byOutlet.put(name, e.getValue().count());
                    reachByOutlet.put(name, e.getValue().reach());
                });
        return new PressFigures(year, releases.publishedIn(year), figures.count(), figures.reach(), byTone, byOutlet,
                reachByOutlet);
    }
}
