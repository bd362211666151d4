package org.filiere.persistence.project;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.filiere.member.MemberId;
import org.filiere.project.CallForProjectsId;
import org.filiere.project.Closure;
import org.filiere.project.Euros;
import org.filiere.project.Experimentation;
import org.filiere.project.FollowUpNote;
import org.filiere.project.Label;
import org.filiere.project.LabelNumber;
import org.filiere.project.Milestone;
import org.filiere.project.MilestoneId;
import org.filiere.project.Project;
import org.filiere.project.ProjectId;
import org.filiere.project.ProjectState;

/** Copies projects between the domain model and their rows. */
final class ProjectMapper {

    private ProjectMapper() {
    }

    static Project toDomain(ProjectEntity e) {
        Optional<Label> label = e.labelYear == null ? Optional.empty()
                : Optional.of(new Label(new LabelNumber(e.labelYear, e.labelSequence), e.labelledOn));
        Optional<Experimentation> experimentation = e.experimentationSite == null ? Optional.empty()
                : Optional.of(new Experimentation(e.experimentationSite, e.experimentationFrom, e.experimentationTo));
        Optional<Closure> closure = e.closedOn == null ? Optional.empty()
                : Optional.of(new Closure(e.closedOn, e.closingNote));
        return new Project(ProjectId.of(e.id), MemberId.of(e.holderSiren),
                e.partners.stream().map(p -> MemberId.of(p.siren)).collect(Collectors.toSet()), e.title, e.summary,
                new Euros(e.budget), new Euros(e.requestedSupport),
                Optional.ofNullable(e.callId).map(CallForProjectsId::of), ProjectState.valueOf(e.state),
                Optional.ofNullable(e.submittedOn), label, Optional.ofNullable(e.officer), experimentation,
                Optional.ofNullable(e.prototypingFrom), closure,
                e.notes.stream().map(n -> new FollowUpNote(n.writtenAt, n.author, n.text)).toList(),
                e.milestones.stream().map(m -> new Milestone(MilestoneId.of(m.id), m.title, m.dueOn,
                        Optional.ofNullable(m.reachedOn))).toList(),
                e.version);
    }

    /** Copies a project's state onto its rows: changed rows are updated, new ones added, removed ones deleted. */
    static void copy(Project p, ProjectEntity e) {
        e.id = p.id().toString();
        e.holderSiren = p.holder().value();
        e.title = p.title();
        e.summary = p.summary();
        e.budget = p.budget().amount();
        e.requestedSupport = p.requestedSupport().amount();
        e.callId = p.call().map(CallForProjectsId::toString).orElse(null);
        e.state = p.state().name();
        e.submittedOn = p.submittedOn().orElse(null);
        e.labelYear = p.label().map(l -> l.number().year()).orElse(null);
        e.labelSequence = p.label().map(l -> l.number().sequence()).orElse(null);
        e.labelledOn = p.label().map(Label::labelledOn).orElse(null);
        e.officer = p.officer().orElse(null);
        e.experimentationSite = p.experimentation().map(Experimentation::siteOrEvent).orElse(null);
        e.experimentationFrom = p.experimentation().map(Experimentation::from).orElse(null);
        e.experimentationTo = p.experimentation().map(Experimentation::to).orElse(null);
        e.prototypingFrom = p.prototypingFrom().orElse(null);
        e.closedOn = p.closure().map(Closure::on).orElse(null);
        e.closingNote = p.closure().map(Closure::note).orElse(null);

        ChildRows.sync(e.partners, List.copyOf(p.partners()), r -> r.siren, MemberId::value, () -> {
            ProjectPartnerEntity r = new ProjectPartnerEntity();
            r.id = UUID.randomUUID().toString();
            r.project = e;
            return r;
        }, (d, r) -> r.siren = d.value());

        List<FollowUpNote> notes = p.notes();
        ChildRows.sync(e.notes, IntStream.range(0, notes.size()).boxed().toList(), r -> r.ordinal, i -> i, () -> {
            ProjectNoteEntity r = new ProjectNoteEntity();
            r.id = UUID.randomUUID().toString();
            r.project = e;
            return r;
        }, (i, r) -> {
            r.ordinal = i;
            r.writtenAt = notes.get(i).writtenAt();
            r.author = notes.get(i).author();
            r.text = notes.get(i).text();
        });

        ChildRows.sync(e.milestones, p.milestones(), r -> r.id, m -> m.id().toString(), () -> {
            ProjectMilestoneEntity r = new ProjectMilestoneEntity();
            r.project = e;
            return r;
        }, (m, r) -> {
            r.id = m.id().toString();
            r.title = m.title();
            r.dueOn = m.dueOn();
            r.reachedOn = m.reachedOn().orElse(null);
        });
    }
}
