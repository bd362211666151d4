package org.filiere.persistence.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.filiere.project.AgendaItem;
import org.filiere.project.CommitteeMemberId;
import org.filiere.project.CommitteeSession;
import org.filiere.project.CommitteeSessionId;
import org.filiere.project.CriterionScore;
import org.filiere.project.Decision;
import org.filiere.project.DecisionOutcome;
import org.filiere.project.EvaluationCriterion;
import org.filiere.project.EvaluationGrid;
import org.filiere.project.ProjectId;
import org.filiere.project.Recusal;
import org.filiere.project.ScoreSheet;
import org.filiere.project.TieRule;

/** Copies committee sessions between the domain model and their rows. */
final class CommitteeSessionMapper {

    private CommitteeSessionMapper() {
    }

    static CommitteeSession toDomain(CommitteeSessionEntity e) {
        List<CommitteeMemberId> panel = e.seats.stream().map(s -> CommitteeMemberId.of(s.committeeMemberId)).toList();
        List<AgendaItem> agenda = e.agenda.stream().map(a -> new AgendaItem(ProjectId.of(a.projectId), a.title,
                new EvaluationGrid(e.criteria.stream().filter(c -> c.projectId.equals(a.projectId))
                        .map(c -> new EvaluationCriterion(c.key, c.label, c.weight)).toList()))).toList();
        List<Recusal> recusals = e.recusals.stream().map(r -> new Recusal(ProjectId.of(r.projectId),
                CommitteeMemberId.of(r.committeeMemberId), r.name, r.reason, r.recordedAt)).toList();
        Map<String, List<ScoreEntity>> bySheet = new LinkedHashMap<>();
        e.scores.forEach(s -> bySheet.computeIfAbsent(s.projectId + "/" + s.committeeMemberId, k -> new ArrayList<>())
                .add(s));
        List<ScoreSheet> sheets = bySheet.values().stream().map(rows -> {
            ScoreEntity first = rows.get(0);
            return new ScoreSheet(ProjectId.of(first.projectId), CommitteeMemberId.of(first.committeeMemberId),
                    first.scorerName, rows.stream().map(s -> new CriterionScore(s.criterion, s.points, s.comment))
                            .toList(), first.scoredAt);
        }).toList();
        List<Decision> decisions = e.decisions.stream().map(d -> new Decision(ProjectId.of(d.projectId),
                DecisionOutcome.valueOf(d.outcome), Optional.ofNullable(d.weightedAverage), d.threshold,
                TieRule.valueOf(d.tieRule), d.tie, d.scorers, d.recused, d.quorum,
                Arrays.asList(d.reasons.split("\n")), d.decidedOn, d.decidedBy)).toList();
        return new CommitteeSession(CommitteeSessionId.of(e.id), e.heldOn, e.place, panel, agenda, recusals, sheets,
                decisions, e.version);
    }

    /** Copies a session's state onto its rows: changed rows are updated, new ones added, removed ones deleted. */
    static void copy(CommitteeSession s, CommitteeSessionEntity e) {
        e.id = s.id().toString();
        e.heldOn = s.heldOn();
        e.place = s.place();

        List<CommitteeMemberId> panel = s.panel();
        ChildRows.sync(e.seats, panel, r -> r.committeeMemberId, CommitteeMemberId::toString, () -> {
            SessionSeatEntity r = new SessionSeatEntity();
            r.id = UUID.randomUUID().toString();
            r.session = e;
            return r;
        }, (m, r) -> {
            r.committeeMemberId = m.toString();
            r.ordinal = panel.indexOf(m);
        });

        List<AgendaItem> agenda = s.agenda();
        ChildRows.sync(e.agenda, agenda, r -> r.projectId, a -> a.projectId().toString(), () -> {
            AgendaItemEntity r = new AgendaItemEntity();
            r.id = UUID.randomUUID().toString();
            r.session = e;
            return r;
        }, (a, r) -> {
            r.projectId = a.projectId().toString();
            r.ordinal = agenda.indexOf(a);
            r.title = a.title();
        });

        record Criterion(ProjectId projectId, int ordinal, EvaluationCriterion criterion) {
        }
        List<Criterion> criteria = agenda.stream().flatMap(a -> IntStream.range(0, a.grid().criteria().size())
                .mapToObj(i -> new Criterion(a.projectId(), i, a.grid().criteria().get(i)))).toList();
        ChildRows.sync(e.criteria, criteria, r -> r.projectId + "/" + r.key,
                c -> c.projectId() + "/" + c.criterion().key(), () -> {
                    AgendaCriterionEntity r = new AgendaCriterionEntity();
                    r.id = UUID.randomUUID().toString();
                    r.session = e;
                    return r;
                }, (c, r) -> {
                    r.projectId = c.projectId().toString();
                    r.ordinal = c.ordinal();
                    r.key = c.criterion().key();
                    r.label = c.criterion().label();
                    r.weight = c.criterion().weight();
                });

        ChildRows.sync(e.recusals, s.recusals(), r -> r.projectId + "/" + r.committeeMemberId,
                r -> r.projectId() + "/" + r.committeeMemberId(), () -> {
                    RecusalEntity r = new RecusalEntity();
                    r.id = UUID.randomUUID().toString();
                    r.session = e;
                    return r;
                }, (d, r) -> {
                    r.projectId = d.projectId().toString();
                    r.committeeMemberId = d.committeeMemberId().toString();
                    r.name = d.name();
                    r.reason = d.reason();
                    r.recordedAt = d.recordedAt();
                });

        record Score(ScoreSheet sheet, int ordinal, CriterionScore score) {
        }
        List<Score> scores = s.sheets().stream().flatMap(sheet -> IntStream.range(0, sheet.scores().size())
                .mapToObj(i -> new Score(sheet, i, sheet.scores().get(i)))).toList();
        ChildRows.sync(e.scores, scores, r -> r.projectId + "/" + r.committeeMemberId + "/" + r.criterion,
                c -> c.sheet().projectId() + "/" + c.sheet().scorer() + "/" + c.score().criterion(), () -> {
                    ScoreEntity r = new ScoreEntity();
                    r.id = UUID.randomUUID().toString();
                    r.session = e;
                    return r;
                }, (c, r) -> {
                    r.projectId = c.sheet().projectId().toString();
                    r.committeeMemberId = c.sheet().scorer().toString();
                    r.scorerName = c.sheet().scorerName();
                    r.scoredAt = c.sheet().scoredAt();
                    r.ordinal = c.ordinal();
                    r.criterion = c.score().criterion();
                    r.points = c.score().points();
                    r.comment = c.score().comment();
                });

        ChildRows.sync(e.decisions, s.decisions(), r -> r.projectId, d -> d.projectId().toString(), () -> {
            DecisionEntity r = new DecisionEntity();
            r.id = UUID.randomUUID().toString();
            r.session = e;
            return r;
        }, (d, r) -> {
            r.projectId = d.projectId().toString();
            r.outcome = d.outcome().name();
            r.weightedAverage = d.weightedAverage().orElse(null);
            r.threshold = d.threshold();
            r.tieRule = d.tieRule().name();
            r.tie = d.tie();
            r.scorers = d.scorers();
            r.recused = d.recused();
            r.quorum = d.quorum();
            r.reasons = String.join("\n", d.reasons());
            r.decidedOn = d.decidedOn();
            r.decidedBy = d.decidedBy();
        });
    }
}
