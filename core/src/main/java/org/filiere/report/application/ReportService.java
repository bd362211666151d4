package org.filiere.report.application;

import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.kernel.DomainEvents;
import org.filiere.kernel.StaleDataException;
import org.filiere.report.ActivityReport;
import org.filiere.report.ActivityReport.SectionData;
import org.filiere.report.FigureDefinition;
import org.filiere.report.IndicatorTarget;
import org.filiere.report.IndicatorTargetChanged;
import org.filiere.report.IndicatorTargetId;
import org.filiere.report.IndicatorTargetRefusedException;
import org.filiere.report.IndicatorTargets;
import org.filiere.report.SectionDefinition;
import org.filiere.report.SectionFigures;
import org.filiere.report.application.ReportCommands.ChangeIndicatorTarget;
import org.filiere.report.application.ReportCommands.RemoveIndicatorTarget;
import org.filiere.report.application.ReportCommands.SetIndicatorTarget;

/**
 * The activity report in one call, and the funders' indicator targets staff keep for it. The report's sections are
 * every {@link SectionFigures} bean on the classpath: a feature adds its section by bringing one.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class ReportService {

    /** The report's language unless another is asked for: the association's. */
    public static final Locale DEFAULT_LANGUAGE = Locale.FRENCH;

    private final Iterable<SectionFigures> sections;
    private final IndicatorTargets targets;
    private final DomainEvents events;
    private final Clock clock;

    @Inject
    public ReportService(@Any Instance<SectionFigures> sections, IndicatorTargets targets, DomainEvents events,
            Clock clock) {
        this((Iterable<SectionFigures>) sections, targets, events, clock);
    }

    /** A report made of these sections (outside a CDI container). */
    public ReportService(Iterable<SectionFigures> sections, IndicatorTargets targets, DomainEvents events,
            Clock clock) {
        this.sections = sections;
        this.targets = targets;
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected ReportService() {
        this((Iterable<SectionFigures>) null, null, null, null);
    }

    /** The report of a year in French; staff only. */
    public ActivityReport build(Actor actor, int year) {
        return build(actor, year, DEFAULT_LANGUAGE);
    }

    /**
     * The report of a year: every section's figures for that year and the year before, and the year's indicator
     * targets held against them; staff only. A year without any activity gives a report that says so.
     */
    public ActivityReport build(Actor actor, int year, Locale language) {
        requireStaff(actor, "build the activity report");
        List<SectionData> data = new ArrayList<>();
        for (SectionFigures section : sections) {
            data.add(new SectionData(section.definition(), section.getClass().getClassLoader(), section.of(year),
                    section.of(year - 1)));
        }
        return ActivityReport.assemble(year, language, clock.instant(), data, targets.ofYear(year));
    }

    /** The report's sections and their figures, in order: what targets can be set on. */
    public List<SectionDefinition> sections() {
        requireStaff("see the report's sections");
        List<SectionDefinition> all = new ArrayList<>();
        sections.forEach(s -> all.add(s.definition()));
        all.sort(Comparator.comparingInt(SectionDefinition::order).thenComparing(SectionDefinition::key));
        return all;
    }

    /** A year's indicator targets; staff only. */
    public List<IndicatorTarget> targets(Actor actor, int year) {
        requireStaff(actor, "see the indicator targets");
        return targets.ofYear(year);
    }

    /**
     * Sets a funder's target on a figure for a year; staff only.
     *
     * @throws IndicatorTargetRefusedException if the figure is not a single figure of the report, or if the funder
     *         already has a target on it for that year
     */
    public IndicatorTargetId setTarget(SetIndicatorTarget c) {
        requireStaff(c.actor(), "set an indicator target");
        IndicatorTarget target = new IndicatorTarget(IndicatorTargetId.random(), c.funder(), c.agreement(),
                c.figureKey(), c.year(), c.comparison(), c.threshold(), 0);
        requireSingleFigure(target);
        boolean taken = targets.ofYear(target.year()).stream().anyMatch(t -> t.funder().equals(target.funder())
                && t.figureKey().equals(target.figureKey()));
        if (taken) {
            throw new IndicatorTargetRefusedException("Indicator target on " + target.figureKey() + " for "
                    + target.year(), "funder", "'" + target.funder() + "' already has a target on this figure for "
                    + target.year() + "; change that one instead");
        }
        targets.save(target);
        publish(target, "set");
        return target.id();
    }

    /** Changes a target's comparison and threshold; staff only. */
    public void changeTarget(ChangeIndicatorTarget c) {
        requireStaff(c.actor(), "change an indicator target");
        IndicatorTarget stored = targets.get(c.id());
        requireVersion(stored, c.version());
        IndicatorTarget changed = new IndicatorTarget(stored.id(), stored.funder(), stored.agreement(),
                stored.figureKey(), stored.year(), c.comparison(), c.threshold(), stored.version());
        targets.save(changed);
        publish(changed, "changed");
    }

    /** Removes a target; staff only. */
    public void removeTarget(RemoveIndicatorTarget c) {
        requireStaff(c.actor(), "remove an indicator target");
        IndicatorTarget stored = targets.get(c.id());
        requireVersion(stored, c.version());
        targets.remove(stored);
        publish(stored, "removed");
    }

    private void requireSingleFigure(IndicatorTarget target) {
        for (SectionDefinition section : sections()) {
            for (FigureDefinition f : section.figures()) {
                if (f.key().equals(target.figureKey())) {
                    if (f.table()) {
                        throw new IndicatorTargetRefusedException("Indicator target on " + target.figureKey() + " for "
                                + target.year(), "figure", "is a table; a target is set on a single figure");
                    }
                    return;
                }
            }
        }
        throw new IndicatorTargetRefusedException("Indicator target on " + target.figureKey() + " for "
                + target.year(), "figure", "is not one of the report's figures");
    }

    private static void requireVersion(IndicatorTarget stored, long read) {
        if (stored.version() != read) {
            throw new StaleDataException(stored.describe(), "read at version " + read + ", now at version "
                    + stored.version());
        }
    }

    private void publish(IndicatorTarget target, String change) {
        events.publish(new IndicatorTargetChanged(UUID.randomUUID(), clock.instant(), target.id(), target.figureKey(),
                target.year(), change));
    }
}
