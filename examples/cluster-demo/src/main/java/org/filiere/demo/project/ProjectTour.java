package org.filiere.demo.project;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

import org.filiere.access.Actor;
import org.filiere.demo.DemoCluster;
import org.filiere.demo.DemoData;
import org.filiere.demo.TourStep;
import org.filiere.member.MemberId;
import org.filiere.member.MemberQuery;
import org.filiere.member.MembershipStatus;
import org.filiere.member.application.MemberDirectory;
import org.filiere.member.application.MemberView;
import org.filiere.project.CallForProjectsId;
import org.filiere.project.CommitteeMember;
import org.filiere.project.CommitteeMemberId;
import org.filiere.project.CommitteeMemberKind;
import org.filiere.project.CommitteeRules;
import org.filiere.project.CommitteeSession;
import org.filiere.project.CommitteeSessionId;
import org.filiere.project.CriterionScore;
import org.filiere.project.DecisionOutcome;
import org.filiere.project.Euros;
import org.filiere.project.EvaluationGrid;
import org.filiere.project.Experimentation;
import org.filiere.project.Project;
import org.filiere.project.ProjectId;
import org.filiere.project.ProjectState;
import org.filiere.project.application.CommitteeCommands.AppointCommitteeMember;
import org.filiere.project.application.CommitteeCommands.DecideProposal;
import org.filiere.project.application.CommitteeCommands.DeferProposal;
import org.filiere.project.application.CommitteeCommands.PlanSession;
import org.filiere.project.application.CommitteeCommands.PutOnAgenda;
import org.filiere.project.application.CommitteeCommands.ScoreProposal;
import org.filiere.project.application.CommitteeCommands.SeatPanelMember;
import org.filiere.project.application.CommitteeService;
import org.filiere.project.application.Pipeline;
import org.filiere.project.application.ProjectCommands.AbandonProject;
import org.filiere.project.application.ProjectCommands.AddFollowUpNote;
import org.filiere.project.application.ProjectCommands.AddMilestone;
import org.filiere.project.application.ProjectCommands.AssignOfficer;
import org.filiere.project.application.ProjectCommands.CompleteProject;
import org.filiere.project.application.ProjectCommands.DraftProposal;
import org.filiere.project.application.ProjectCommands.OpenCallForProjects;
import org.filiere.project.application.ProjectCommands.StartExperimentation;
import org.filiere.project.application.ProjectCommands.StartPrototyping;
import org.filiere.project.application.ProjectCommands.SubmitProposal;
import org.filiere.project.application.ProjectFollowUpService;
import org.filiere.project.application.ProposalService;

/**
 * The labelling committee at work: a "Design Concept" call for projects, proposals from members, two committee
 * sessions (with recusals of representatives whose company holds or partners a proposal), their decisions, and
 * the labelled projects moving on through experimentation and prototyping with their project officers.
 */
public class ProjectTour implements TourStep {

    /** A proposal: title, summary, holder and partners (indexes in the drawn members), whether it answers the call. */
    private record Proposal(String title, String summary, int holder, List<Integer> partners, boolean answersCall) {
    }

    private static final List<Proposal> PROPOSALS = List.of(
            new Proposal("Mobilier urbain connecté", "Des bancs qui comptent les passants pour la ville", 0,
                    List.of(1, 2), true),
            new Proposal("Jumeau numérique du Grésivaudan", "La vallée modélisée pour ses entreprises", 3, List.of(4),
                    false),
            new Proposal("Cybersécurité mutualisée pour PME", "Un centre de veille partagé par douze PME", 5,
                    List.of(6, 0), false),
            new Proposal("Signalétique augmentée pour musées", "Des cartels interactifs", 7, List.of(), true),
            new Proposal("Capteurs de qualité de l'air pour écoles", "Mesurer et afficher l'air des classes", 8,
                    List.of(9), true),
            new Proposal("Outil collaboratif pour artisans", "Un atelier partagé en ligne", 10, List.of(), false),
            new Proposal("Covoiturage inter-entreprises", "Une application pour les zones d'activités", 11,
                    List.of(), false),
            new Proposal("Borne de recharge partagée", "Des bornes mutualisées entre voisins d'entreprise", 12,
                    List.of(13), false),
            new Proposal("Réalité virtuelle pour la formation", "Former aux gestes industriels en VR", 13, List.of(),
                    false));

    private static final EvaluationGrid DESIGN_CONCEPT = EvaluationGrid.parse(
            "Innovation=3; Design quality=3; Collective dimension=2; Feasibility=2");

    @Override
    public boolean isLoaded(DemoCluster cluster) {
        return cluster.get(ProposalService.class).pipeline().byState().values().stream().mapToLong(Long::longValue)
                .sum() > 0;
    }

    @Override
    public void populate(DemoCluster cluster, DemoData data) {
        ProposalService proposals = cluster.get(ProposalService.class);
        CommitteeService committee = cluster.get(CommitteeService.class);
        ProjectFollowUpService followUp = cluster.get(ProjectFollowUpService.class);
        Actor staff = cluster.actor();
        LocalDate today = cluster.today();
        List<MemberView> drawn = new ArrayList<>(cluster.get(MemberDirectory.class)
                .find(MemberQuery.all().inYear(data.year()).withStatus(MembershipStatus.ACTIVE)));
        Collections.shuffle(drawn, data.random());
        List<MemberId> members = drawn.stream().limit(14).map(MemberView::id).toList();

        List<CommitteeMemberId> panel = new ArrayList<>();
        panel.add(appoint(committee, staff, "Hélène Faure", CommitteeMemberKind.STAFF, null, "Numérique Isère"));
        panel.add(appoint(committee, staff, "Sophie Garnier", CommitteeMemberKind.STAFF, null, "Numérique Isère"));
        panel.add(appoint(committee, staff, "Antoine Mercier", CommitteeMemberKind.MEMBER_REPRESENTATIVE,
                members.get(0), drawn.get(0).name()));
        panel.add(appoint(committee, staff, "Camille Roussel", CommitteeMemberKind.MEMBER_REPRESENTATIVE,
                members.get(11), drawn.get(11).name()));
        panel.add(appoint(committee, staff, "Olivier Blanchard", CommitteeMemberKind.MEMBER_REPRESENTATIVE,
                drawn.get(20).id(), drawn.get(20).name()));
        panel.add(appoint(committee, staff, "Nadia Chaouch", CommitteeMemberKind.OUTSIDE_EXPERT, null,
                "École supérieure d'art et design de Saint-Étienne"));
        panel.add(appoint(committee, staff, "Pierre Lemaire", CommitteeMemberKind.OUTSIDE_EXPERT, null,
                "Pôle de compétitivité Alpes Numérique"));
        panel.add(appoint(committee, staff, "Isabelle Roche", CommitteeMemberKind.OUTSIDE_EXPERT, null,
                "Chambre de commerce et d'industrie de Grenoble"));

        CallForProjectsId call = proposals.openCall(new OpenCallForProjects(staff, "Design Concept " + data.year(),
                "Conseil départemental de la Loire", today.minusDays(45), today.plusDays(45), DESIGN_CONCEPT));
        List<ProjectId> ids = new ArrayList<>();
        for (Proposal p : PROPOSALS) {
            Actor holder = Actor.representativeOf(members.get(p.holder()).value(), "representative-" + p.holder(),
                    "Direction de " + drawn.get(p.holder()).name());
            ids.add(proposals.draft(new DraftProposal(holder, members.get(p.holder()),
                    p.partners().stream().map(members::get).collect(Collectors.toSet()), p.title(), p.summary(),
                    Euros.of(String.valueOf(40_000 + 10_000 * data.random().nextInt(12))),
                    Euros.of(String.valueOf(15_000 + 5_000 * data.random().nextInt(5))),
                    p.answersCall() ? Optional.of(call) : Optional.empty())));
        }
        for (ProjectId id : ids.subList(0, ids.size() - 1)) {
            proposals.submit(new SubmitProposal(staff, id));
        }

        CommitteeSessionId first = session(committee, staff, today.minusDays(21), "Cité du design, Saint-Étienne",
                panel, ids.subList(0, 5));
        score(committee, staff, first, ids.get(0), 4, data.random());
        score(committee, staff, first, ids.get(1), 4, data.random());
        score(committee, staff, first, ids.get(2), 4, data.random());
        score(committee, staff, first, ids.get(3), 2, data.random());
        for (ProjectId id : ids.subList(0, 4)) {
            committee.decide(new DecideProposal(staff, first, id));
        }
        committee.defer(new DeferProposal(staff, first, ids.get(4), "the partners' commitment letters are missing"));

        CommitteeSessionId second = session(committee, staff, today.minusDays(2), "Maison du numérique, Grenoble",
                panel, ids.subList(4, 7));
        score(committee, staff, second, ids.get(4), 4, data.random());
        score(committee, staff, second, ids.get(5), 4, data.random());
        score(committee, staff, second, ids.get(6), 2, data.random());
        for (ProjectId id : ids.subList(4, 7)) {
            committee.decide(new DecideProposal(staff, second, id));
        }

        Actor julien = DemoCluster.STAFF.get(2);
        Actor laura = DemoCluster.STAFF.get(5);
        for (int i : new int[] {0, 1, 2, 4, 5}) {
            followUp.assignOfficer(new AssignOfficer(staff, ids.get(i), i % 2 == 0 ? julien : laura));
            followUp.addNote(new AddFollowUpNote(i % 2 == 0 ? julien : laura, ids.get(i),
                    "Réunion de lancement avec le porteur et ses partenaires"));
        }
        followUp.startExperimentation(new StartExperimentation(staff, ids.get(0), new Experimentation(
                "Biennale Internationale Design Saint-Étienne", today.minusDays(15), today.plusDays(20))));
        followUp.startPrototyping(new StartPrototyping(staff, ids.get(0), today));
        followUp.addMilestone(new AddMilestone(staff, ids.get(0), "Premier banc installé", today.plusDays(30)));
        followUp.startExperimentation(new StartExperimentation(staff, ids.get(1), new Experimentation(
                "Salon des villes intelligentes, Grenoble", today.minusDays(12), today.minusDays(10))));
        followUp.startPrototyping(new StartPrototyping(staff, ids.get(1), today.minusDays(9)));
        followUp.complete(new CompleteProject(staff, ids.get(1), today,
                "Jumeau numérique remis à la communauté de communes"));
        followUp.startExperimentation(new StartExperimentation(staff, ids.get(2), new Experimentation(
                "Fab lab de la Casemate, Grenoble", today.minusDays(14), today.plusDays(60))));
        followUp.addMilestone(new AddMilestone(staff, ids.get(2), "Tests avec dix PME", today.minusDays(5)));
        followUp.addMilestone(new AddMilestone(staff, ids.get(4), "Lettres d'engagement des partenaires",
                today.minusDays(1)));
        followUp.addMilestone(new AddMilestone(staff, ids.get(4), "Premier capteur installé", today.plusDays(40)));
        followUp.abandon(new AbandonProject(staff, ids.get(5), today, "Le porteur a cessé son activité"));
    }

    private static CommitteeMemberId appoint(CommitteeService committee, Actor staff, String name,
            CommitteeMemberKind kind, MemberId employer, String organisation) {
        return committee.appoint(new AppointCommitteeMember(staff, name, kind, Optional.ofNullable(employer),
                organisation));
    }

    private static CommitteeSessionId session(CommitteeService committee, Actor staff, LocalDate day, String place,
            List<CommitteeMemberId> panel, List<ProjectId> agenda) {
        CommitteeSessionId session = committee.plan(new PlanSession(staff, day, place));
        panel.forEach(m -> committee.seat(new SeatPanelMember(staff, session, m)));
        agenda.forEach(p -> committee.putOnAgenda(new PutOnAgenda(staff, session, p)));
        return session;
    }

    /** Every panel member not recused scores the proposal around a level, one point either way per criterion. */
    private static void score(CommitteeService committee, Actor staff, CommitteeSessionId sessionId,
            ProjectId project, int level, Random random) {
        CommitteeSession session = committee.findSession(sessionId).orElseThrow();
        EvaluationGrid grid = session.agendaItem(project).orElseThrow().grid();
        for (CommitteeMemberId member : session.panel()) {
            if (session.isRecused(project, member)) {
                continue;
            }
            List<CriterionScore> scores = grid.criteria().stream().map(c -> {
                int points = Math.max(0, Math.min(5, level + random.nextInt(3) - 1));
                return new CriterionScore(c.key(), points, points >= 4 ? "Convaincant" : points >= 3 ? "Correct"
                        : "À retravailler");
            }).toList();
            committee.score(new ScoreProposal(staff, sessionId, project, member, scores));
        }
    }

    @Override
    public void report(DemoCluster cluster, PrintStream out) {
        CommitteeService committee = cluster.get(CommitteeService.class);
        CommitteeRules rules = committee.rules();
        Map<CommitteeMemberKind, Long> byKind = committee.committee().stream().filter(CommitteeMember::active)
                .collect(Collectors.groupingBy(CommitteeMember::kind, Collectors.counting()));
        out.printf("Labelling committee: %d members (%d staff, %d member representatives, %d outside experts);"
                + " quorum %d, threshold %s, tie rule %s%n", byKind.values().stream().mapToLong(Long::longValue).sum(),
                byKind.getOrDefault(CommitteeMemberKind.STAFF, 0L),
                byKind.getOrDefault(CommitteeMemberKind.MEMBER_REPRESENTATIVE, 0L),
                byKind.getOrDefault(CommitteeMemberKind.OUTSIDE_EXPERT, 0L), rules.quorum().minimumScorers(),
                rules.decisionRule().threshold().toPlainString(),
                rules.decisionRule().tieRule().name().toLowerCase(Locale.ROOT));
        for (CommitteeSession s : committee.sessions()) {
            Map<DecisionOutcome, Long> outcomes = s.decisions().stream()
                    .collect(Collectors.groupingBy(d -> d.outcome(), Collectors.counting()));
            out.printf("  session of %s (%s): %d proposals, recusals %d; labelled %d, rejected %d, deferred %d%n",
                    s.heldOn(), s.place(), s.agenda().size(), s.recusals().size(),
                    outcomes.getOrDefault(DecisionOutcome.LABELLED, 0L),
                    outcomes.getOrDefault(DecisionOutcome.REJECTED, 0L),
                    outcomes.getOrDefault(DecisionOutcome.DEFERRED, 0L));
        }
        ProposalService proposals = cluster.get(ProposalService.class);
        Pipeline pipeline = proposals.pipeline();
        out.println("Project pipeline (projects per state):");
        pipeline.byState().forEach((state, n) -> out.printf("    %-32s %4d%n", state.label(), n));
        out.printf("  labelled per year: %s%n", pipeline.labelledByYear().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")));
        List<Project> running = proposals.inState(ProjectState.EXPERIMENTATION);
        out.printf("  in experimentation: %s%n", running.stream().map(p -> p.title() + " ("
                + p.experimentation().orElseThrow().siteOrEvent() + ")").collect(Collectors.joining("; ")));
        out.printf("  overdue milestones: %d%n", cluster.get(ProjectFollowUpService.class)
                .overdueMilestones(cluster.actor(), cluster.today()).size());
    }
}
