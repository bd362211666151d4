package org.filiere.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;
import static org.filiere.fixtures.ProjectFixtures.scores;
import static org.filiere.fixtures.ProjectFixtures.uniform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.filiere.access.AccessRefusedException;
import org.filiere.access.Actor;
import org.filiere.fixtures.Fixtures;
import org.filiere.fixtures.InMemoryCallsForProjects;
import org.filiere.fixtures.InMemoryCommitteeMembers;
import org.filiere.fixtures.InMemoryCommitteeSessions;
import org.filiere.fixtures.InMemoryMembers;
import org.filiere.fixtures.InMemoryProjects;
import org.filiere.fixtures.MutableClock;
import org.filiere.fixtures.RecordedEvents;
import org.filiere.member.MemberId;
import org.filiere.member.NafNomenclature;
import org.filiere.member.RenewalGracePolicy;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipCommands.RecordDuesPayment;
import org.filiere.member.application.MembershipService;
import org.filiere.project.CallForProjectsId;
import org.filiere.project.CommitteeMemberId;
import org.filiere.project.CommitteeMemberKind;
import org.filiere.project.CommitteeMemberRecused;
import org.filiere.project.CommitteeRules;
import org.filiere.project.CommitteeSession;
import org.filiere.project.CommitteeSessionId;
import org.filiere.project.Decision;
import org.filiere.project.DecisionOutcome;
import org.filiere.project.DecisionRule;
import org.filiere.project.Euros;
import org.filiere.project.EvaluationGrid;
import org.filiere.project.Experimentation;
import org.filiere.project.ExperimentationStarted;
import org.filiere.project.MilestoneId;
import org.filiere.project.Project;
import org.filiere.project.ProjectAbandoned;
import org.filiere.project.ProjectCompleted;
import org.filiere.project.ProjectId;
import org.filiere.project.ProjectLabelled;
import org.filiere.project.ProjectRefusedException;
import org.filiere.project.ProjectState;
import org.filiere.project.ProjectTransitionRefusedException;
import org.filiere.project.ProposalDeferred;
import org.filiere.project.ProposalRejected;
import org.filiere.project.ProposalScored;
import org.filiere.project.ProposalSubmitted;
import org.filiere.project.PrototypingStarted;
import org.filiere.project.Quorum;
import org.filiere.project.Recusal;
import org.filiere.project.ScoreRefusedException;
import org.filiere.project.ScoreSheet;
import org.filiere.project.TieRule;
import org.filiere.project.application.CommitteeCommands.AppointCommitteeMember;
import org.filiere.project.application.CommitteeCommands.DecideProposal;
import org.filiere.project.application.CommitteeCommands.DeclareInterest;
import org.filiere.project.application.CommitteeCommands.DeferProposal;
import org.filiere.project.application.CommitteeCommands.PlanSession;
import org.filiere.project.application.CommitteeCommands.PutOnAgenda;
import org.filiere.project.application.CommitteeCommands.ScoreProposal;
import org.filiere.project.application.CommitteeCommands.SeatPanelMember;
import org.filiere.project.application.CommitteeService;
import org.filiere.project.application.OverdueMilestone;
import org.filiere.project.application.Pipeline;
import org.filiere.project.application.ProjectCommands.AbandonProject;
import org.filiere.project.application.ProjectCommands.AddFollowUpNote;
import org.filiere.project.application.ProjectCommands.AddMilestone;
import org.filiere.project.application.ProjectCommands.AssignOfficer;
import org.filiere.project.application.ProjectCommands.CompleteProject;
import org.filiere.project.application.ProjectCommands.DraftProposal;
import org.filiere.project.application.ProjectCommands.OpenCallForProjects;
import org.filiere.project.application.ProjectCommands.ReachMilestone;
import org.filiere.project.application.ProjectCommands.StartExperimentation;
import org.filiere.project.application.ProjectCommands.StartPrototyping;
import org.filiere.project.application.ProjectCommands.SubmitProposal;
import org.filiere.project.application.ProjectFollowUpService;
import org.filiere.project.application.ProposalService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Proposals, the committee and the follow-up of labelled projects, through the application services. */
class ProjectServicesTest {

    private static final int YEAR = 2025;

    private final MutableClock clock = new MutableClock(LocalDate.of(YEAR, 3, 3));
    private final InMemoryMembers members = new InMemoryMembers();
    private final InMemoryProjects projectStore = new InMemoryProjects();
    private final InMemoryCallsForProjects calls = new InMemoryCallsForProjects();
    private final InMemoryCommitteeSessions sessions = new InMemoryCommitteeSessions();
    private final RecordedEvents events = new RecordedEvents();
    private final MembershipService memberships = new MembershipService(members, NafNomenclature.shipped(),
            new RenewalGracePolicy(MonthDay.of(3, 31)), events, clock);
    private final CommitteeRules rules = new CommitteeRules(new Quorum(5),
            new DecisionRule(new BigDecimal("3.00"), TieRule.DEFER), EvaluationGrid.standard());
    private final ProposalService proposals = new ProposalService(calls, projectStore, members, events, clock);
    private final CommitteeService committee = new CommitteeService(new InMemoryCommitteeMembers(), sessions,
            projectStore, calls, members, rules, events, clock);
    private final ProjectFollowUpService followUp = new ProjectFollowUpService(projectStore, events, clock);
    private final Actor staff = aStaffMember();

    private MemberId holder;
    private MemberId partner;
    private MemberId bystander;
    private final List<CommitteeMemberId> panel = new ArrayList<>();
    private CommitteeMemberId holderRepresentative;

    private MemberId anActiveMember(int index, String name) {
        MemberId id = memberships.apply(anApplication(Fixtures.SIRETS[index], name, YEAR));
        memberships.admit(new AdmitMember(staff, id, YEAR));
        memberships.recordDuesPayment(new RecordDuesPayment(staff, id, YEAR, LocalDate.of(YEAR, 1, 20)));
        return id;
    }

    private CommitteeMemberId appoint(String name, CommitteeMemberKind kind, Optional<MemberId> employer,
            String organisation) {
        return committee.appoint(new AppointCommitteeMember(staff, name, kind, employer, organisation));
    }

    @BeforeEach
    void aClusterWithMembersAndACommittee() {
        holder = anActiveMember(0, "Alpes Mobilier Urbain");
        partner = anActiveMember(1, "Capteurs du Dauphiné");
        bystander = anActiveMember(2, "Grenoble Data");
        holderRepresentative = appoint("Anne Roux", CommitteeMemberKind.MEMBER_REPRESENTATIVE, Optional.of(holder), "");
        panel.add(holderRepresentative);
        panel.add(appoint("Chloé Morel", CommitteeMemberKind.MEMBER_REPRESENTATIVE, Optional.of(bystander), ""));
        panel.add(appoint("David Lambert", CommitteeMemberKind.OUTSIDE_EXPERT, Optional.empty(), "ENSAD"));
        panel.add(appoint("Eva Blanc", CommitteeMemberKind.OUTSIDE_EXPERT, Optional.empty(), "CCI Grenoble"));
        panel.add(appoint("Hélène Faure", CommitteeMemberKind.STAFF, Optional.empty(), "the association"));
        panel.add(appoint("Marc Vidal", CommitteeMemberKind.OUTSIDE_EXPERT, Optional.empty(), "Minalogic"));
        events.clear();
    }

    private ProjectId aSubmittedProposal(String title, Optional<CallForProjectsId> call) {
        ProjectId id = proposals.draft(new DraftProposal(staff, holder, Set.of(partner), title, "A collective project",
                Euros.of("120000"), Euros.of("45000"), call));
        proposals.submit(new SubmitProposal(Actor.representativeOf(holder.value(), "anne-roux", "Anne Roux"), id));
        return id;
    }

    private CommitteeSessionId aSessionWithEveryoneSeated(ProjectId... onAgenda) {
        CommitteeSessionId session = committee.plan(new PlanSession(staff, LocalDate.now(clock), "Grenoble"));
        panel.forEach(m -> committee.seat(new SeatPanelMember(staff, session, m)));
        for (ProjectId p : onAgenda) {
            committee.putOnAgenda(new PutOnAgenda(staff, session, p));
        }
        return session;
    }

    private void scoreByEveryoneButTheHolder(CommitteeSessionId session, ProjectId project, int points) {
        panel.stream().filter(m -> !m.equals(holderRepresentative)).forEach(m -> committee.score(
                new ScoreProposal(staff, session, project, m, uniform(EvaluationGrid.standard(), points))));
    }

    @Test
    void shouldTakeAProposalThroughTheCommitteeToCompletionAndPublishEachEvent() {
        ProjectId id = aSubmittedProposal("Connected street furniture", Optional.empty());
        CommitteeSessionId session = aSessionWithEveryoneSeated(id);
        scoreByEveryoneButTheHolder(session, id, 4);

        Decision decision = committee.decide(new DecideProposal(staff, session, id));
        followUp.assignOfficer(new AssignOfficer(staff, id, Actor.staff("paul-girard", "Paul Girard")));
        followUp.startExperimentation(new StartExperimentation(staff, id, new Experimentation(
                "Biennale Internationale Design Saint-Étienne", LocalDate.of(YEAR, 4, 9), LocalDate.of(YEAR, 5, 9))));
        followUp.startPrototyping(new StartPrototyping(staff, id, LocalDate.of(YEAR, 6, 1)));
        followUp.complete(new CompleteProject(staff, id, LocalDate.of(YEAR, 12, 15), "Ten benches in Saint-Étienne"));

        assertThat(decision.outcome()).isEqualTo(DecisionOutcome.LABELLED);
        assertThat(decision.scorers()).isEqualTo(5);
        assertThat(decision.recused()).isEqualTo(1);
        Project project = proposals.project(id).orElseThrow();
        assertThat(project.state()).isEqualTo(ProjectState.COMPLETED);
        assertThat(project.label().orElseThrow().number()).hasToString("LBL-2025-001");
        assertThat(project.label().orElseThrow().labelledOn()).isEqualTo(LocalDate.now(clock));
        assertThat(project.officer()).contains("Paul Girard");
        assertThat(events.all()).extracting(e -> e.getClass().getSimpleName()).containsExactly("ProposalSubmitted",
                "CommitteeMemberRecused", "ProposalScored", "ProposalScored", "ProposalScored", "ProposalScored",
                "ProposalScored", "ProjectLabelled", "ExperimentationStarted", "PrototypingStarted",
                "ProjectCompleted");
        assertThat(events.ofType(CommitteeMemberRecused.class)).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("Anne Roux"));
        assertThat(events.ofType(ProposalSubmitted.class)).singleElement()
                .satisfies(e -> assertThat(e.holder()).isEqualTo(holder));
        assertThat(events.ofType(ProposalScored.class)).allSatisfy(e -> assertThat(e.weightedAverage())
                .isEqualByComparingTo("4.00"));
        assertThat(events.ofType(ProjectLabelled.class)).singleElement()
                .satisfies(e -> assertThat(e.labelNumber()).hasToString("LBL-2025-001"));
        assertThat(events.ofType(ExperimentationStarted.class)).hasSize(1);
        assertThat(events.ofType(PrototypingStarted.class)).hasSize(1);
        assertThat(events.ofType(ProjectCompleted.class)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo("Ten benches in Saint-Étienne"));
    }

    @Test
    void shouldRejectDeferAndAbandonWithTheirEvents() {
        ProjectId weak = aSubmittedProposal("Weak idea", Optional.empty());
        ProjectId unclear = aSubmittedProposal("Unclear budget", Optional.empty());
        ProjectId strong = aSubmittedProposal("Strong idea", Optional.empty());
        CommitteeSessionId session = aSessionWithEveryoneSeated(weak, unclear, strong);
        scoreByEveryoneButTheHolder(session, weak, 1);
        scoreByEveryoneButTheHolder(session, strong, 5);

        assertThat(committee.decide(new DecideProposal(staff, session, weak)).outcome())
                .isEqualTo(DecisionOutcome.REJECTED);
        committee.defer(new DeferProposal(staff, session, unclear, "the budget breakdown is missing"));
        committee.decide(new DecideProposal(staff, session, strong));
        followUp.abandon(new AbandonProject(staff, strong, LocalDate.now(clock), "The holder was taken over"));

        assertThat(events.ofType(ProposalRejected.class)).singleElement()
                .satisfies(e -> assertThat(e.weightedAverage()).isEqualByComparingTo("1.00"));
        assertThat(events.ofType(ProposalDeferred.class)).singleElement()
                .satisfies(e -> assertThat(e.reasons()).containsExactly(
                        "Deferred by the committee: the budget breakdown is missing."));
        assertThat(events.ofType(ProjectAbandoned.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("The holder was taken over"));
        assertThat(proposals.project(unclear).orElseThrow().state()).isEqualTo(ProjectState.DEFERRED);

        CommitteeSessionId later = aSessionWithEveryoneSeated(unclear);
        scoreByEveryoneButTheHolder(later, unclear, 4);
        assertThat(committee.decide(new DecideProposal(staff, later, unclear)).outcome())
                .isEqualTo(DecisionOutcome.LABELLED);
        assertThat(proposals.project(unclear).orElseThrow().label().orElseThrow().number()).hasToString("LBL-2025-002");
    }

    @Test
    void shouldRefuseTheRecusedHoldersRepresentativeScoreAndDecideOnlyWithTheQuorum() {
        ProjectId id = aSubmittedProposal("Connected street furniture", Optional.empty());
        CommitteeSessionId session = aSessionWithEveryoneSeated(id);

        Actor anneRoux = Actor.committeeMember(holderRepresentative.value().toString(), "Anne Roux");
        assertThatThrownBy(() -> committee.score(new ScoreProposal(anneRoux, session, id, holderRepresentative,
                uniform(EvaluationGrid.standard(), 5))))
                .isInstanceOf(ScoreRefusedException.class)
                .hasMessageContaining("Anne Roux is recused from proposal \"Connected street furniture\"");
        panel.subList(1, 5).forEach(m -> committee.score(new ScoreProposal(staff, session, id, m,
                uniform(EvaluationGrid.standard(), 4))));
        assertThatThrownBy(() -> committee.decide(new DecideProposal(staff, session, id)))
                .hasMessageContaining("4 committee members have scored it (1 recused), and the quorum is 5");
        assertThat(proposals.project(id).orElseThrow().state()).isEqualTo(ProjectState.UNDER_REVIEW);
        assertThat(committee.findSession(session).orElseThrow().recusalsFor(id)).hasSize(1);
    }

    @Test
    void shouldScoreAProposalOnTheGridOfTheCallItAnswers() {
        EvaluationGrid designConcept = EvaluationGrid.parse("Design quality=4; Territorial impact=1");
        CallForProjectsId call = proposals.openCall(new OpenCallForProjects(staff, "Design Concept 2025",
                "Conseil départemental de la Loire", LocalDate.of(YEAR, 2, 1), LocalDate.of(YEAR, 3, 31),
                designConcept));
        ProjectId id = aSubmittedProposal("Connected street furniture", Optional.of(call));
        CommitteeSessionId session = aSessionWithEveryoneSeated(id);

        assertThat(committee.findSession(session).orElseThrow().agendaItem(id).orElseThrow().grid())
                .isEqualTo(designConcept);
        assertThatThrownBy(() -> committee.score(new ScoreProposal(staff, session, id, panel.get(1),
                uniform(EvaluationGrid.standard(), 3)))).isInstanceOf(ScoreRefusedException.class);
        committee.score(new ScoreProposal(staff, session, id, panel.get(1), scores(designConcept, 4, 1)));
        assertThat(events.ofType(ProposalScored.class)).singleElement()
                .satisfies(e -> assertThat(e.weightedAverage()).isEqualByComparingTo("3.40"));
        assertThat(proposals.openCalls(LocalDate.now(clock))).extracting(c -> c.title())
                .containsExactly("Design Concept 2025");
    }

    @Test
    void shouldRefuseASubmissionAfterTheCallClosed() {
        CallForProjectsId call = proposals.openCall(new OpenCallForProjects(staff, "Design Concept 2025",
                "Conseil départemental de la Loire", LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 2, 28),
                EvaluationGrid.standard()));
        ProjectId id = proposals.draft(new DraftProposal(staff, holder, Set.of(), "Late", "", Euros.of("10"),
                Euros.of("5"), Optional.of(call)));
        assertThatThrownBy(() -> proposals.submit(new SubmitProposal(staff, id)))
                .isInstanceOf(ProjectRefusedException.class)
                .hasMessageContaining("cannot be submitted on 2025-03-03 to the call \"Design Concept 2025\"");
        assertThat(proposals.project(id).orElseThrow().state()).isEqualTo(ProjectState.DRAFT);
        assertThat(events.all()).isEmpty();
    }

    @Test
    void shouldLetOnlyThoseEntitledActOnProposalsAndTheCommittee() {
        Actor otherRepresentative = Actor.representativeOf(bystander.value(), "chloe-morel", "Chloé Morel");
        assertThatThrownBy(() -> proposals.draft(new DraftProposal(otherRepresentative, holder, Set.of(), "Not mine",
                "", Euros.of("10"), Euros.of("5"), Optional.empty())))
                .isInstanceOf(AccessRefusedException.class)
                .hasMessage("Chloé Morel may not write a proposal for member " + holder + ": only staff or a"
                        + " representative of member " + holder + " may.");

        ProjectId id = aSubmittedProposal("Connected street furniture", Optional.empty());
        CommitteeSessionId session = aSessionWithEveryoneSeated(id);
        Actor davidLambert = Actor.committeeMember(panel.get(2).value().toString(), "David Lambert");
        assertThatThrownBy(() -> committee.score(new ScoreProposal(davidLambert, session, id, panel.get(1),
                uniform(EvaluationGrid.standard(), 5))))
                .isInstanceOf(AccessRefusedException.class)
                .hasMessage("David Lambert may not score a proposal for Chloé Morel: only staff or Chloé Morel"
                        + " themselves may.");
        Actor anotherChloeMorel = Actor.committeeMember("chloe-morel", "Chloé Morel");
        assertThatThrownBy(() -> committee.score(new ScoreProposal(anotherChloeMorel, session, id, panel.get(1),
                uniform(EvaluationGrid.standard(), 5))))
                .as("someone with the same name is not the same person").isInstanceOf(AccessRefusedException.class);
        Actor chloeMorel = Actor.committeeMember(panel.get(1).value().toString(), "Chloé Morel");
        committee.score(new ScoreProposal(chloeMorel, session, id, panel.get(1), uniform(EvaluationGrid.standard(), 5)));
        assertThatThrownBy(() -> committee.decide(new DecideProposal(chloeMorel, session, id)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> committee.plan(new PlanSession(otherRepresentative, LocalDate.now(clock), "x")))
                .isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void shouldTellTwoCommitteeMembersWithTheSameNameApartInRecusalAndInActingForThemselves() {
        CommitteeMemberId atHolder = appoint("Paul Martin", CommitteeMemberKind.MEMBER_REPRESENTATIVE,
                Optional.of(holder), "");
        CommitteeMemberId expert = appoint("Paul Martin", CommitteeMemberKind.OUTSIDE_EXPERT, Optional.empty(),
                "Minalogic");
        panel.add(atHolder);
        panel.add(expert);
        ProjectId id = aSubmittedProposal("Connected street furniture", Optional.empty());
        CommitteeSessionId session = aSessionWithEveryoneSeated(id);
        Actor paulAtHolder = Actor.committeeMember(atHolder.value().toString(), "Paul Martin");
        Actor paulExpert = Actor.committeeMember(expert.value().toString(), "Paul Martin");

        assertThat(committee.findSession(session).orElseThrow().recusalsFor(id))
                .extracting(Recusal::committeeMemberId).containsExactlyInAnyOrder(holderRepresentative, atHolder);
        assertThatThrownBy(() -> committee.score(new ScoreProposal(paulExpert, session, id, atHolder,
                uniform(EvaluationGrid.standard(), 5)))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> committee.score(new ScoreProposal(paulAtHolder, session, id, atHolder,
                uniform(EvaluationGrid.standard(), 5)))).isInstanceOf(ScoreRefusedException.class);
        assertThatThrownBy(() -> committee.declareInterest(new DeclareInterest(paulAtHolder, session, id, expert,
                "a former employer"))).isInstanceOf(AccessRefusedException.class);

        committee.score(new ScoreProposal(paulExpert, session, id, expert, uniform(EvaluationGrid.standard(), 5)));

        assertThat(committee.findSession(session).orElseThrow().sheetsFor(id)).extracting(ScoreSheet::scorer)
                .containsExactly(expert);
        assertThat(committee.findSession(session).orElseThrow().recusalsFor(id))
                .extracting(Recusal::committeeMemberId).doesNotContain(expert);
    }

    @Test
    void shouldRefuseFollowUpOfAProjectThatIsNotLabelledAndAnOfficerWhoIsNotStaff() {
        ProjectId id = aSubmittedProposal("Connected street furniture", Optional.empty());
        assertThatThrownBy(() -> followUp.startExperimentation(new StartExperimentation(staff, id,
                new Experimentation("Biennale", LocalDate.now(clock), LocalDate.now(clock)))))
                .isInstanceOf(ProjectTransitionRefusedException.class)
                .hasMessageContaining("cannot move from state \"submitted\" to state \"experimentation\"");
        CommitteeSessionId session = aSessionWithEveryoneSeated(id);
        scoreByEveryoneButTheHolder(session, id, 5);
        committee.decide(new DecideProposal(staff, session, id));
        assertThatThrownBy(() -> followUp.assignOfficer(new AssignOfficer(staff, id,
                Actor.committeeMember("david-lambert", "David Lambert"))))
                .hasMessage("Project \"Connected street furniture\": David Lambert is not a member of staff and cannot"
                        + " be its project officer");
    }

    @Test
    void shouldListOverdueMilestonesOfProjectsInProgress() {
        ProjectId id = aSubmittedProposal("Connected street furniture", Optional.empty());
        CommitteeSessionId session = aSessionWithEveryoneSeated(id);
        scoreByEveryoneButTheHolder(session, id, 5);
        committee.decide(new DecideProposal(staff, session, id));
        followUp.assignOfficer(new AssignOfficer(staff, id, Actor.staff("paul-girard", "Paul Girard")));
        MilestoneId first = followUp.addMilestone(new AddMilestone(staff, id, "Prototype drawings",
                LocalDate.of(YEAR, 4, 1)));
        followUp.addMilestone(new AddMilestone(staff, id, "Partner agreement signed", LocalDate.of(YEAR, 3, 20)));
        followUp.addNote(new AddFollowUpNote(staff, id, "Kick-off meeting held at the holder's workshop"));

        List<OverdueMilestone> overdue = followUp.overdueMilestones(staff, LocalDate.of(YEAR, 4, 10));
        assertThat(overdue).extracting(o -> o.milestone().title(), OverdueMilestone::daysLate)
                .containsExactly(tuple("Partner agreement signed", 21L),
                        tuple("Prototype drawings", 9L));
        assertThat(overdue.get(0).officer()).contains("Paul Girard");
        assertThat(overdue.get(0).labelNumber()).hasToString("LBL-2025-001");

        followUp.reachMilestone(new ReachMilestone(staff, id, first, LocalDate.of(YEAR, 4, 5)));
        assertThat(followUp.overdueMilestones(staff, LocalDate.of(YEAR, 4, 10))).hasSize(1);
        assertThat(proposals.project(id).orElseThrow().notes()).singleElement()
                .satisfies(n -> assertThat(n.author()).isEqualTo("Claire Martin"));
    }

    @Test
    void shouldCountThePipelineByStateAndLabelsByYear() {
        ProjectId labelled = aSubmittedProposal("Labelled", Optional.empty());
        ProjectId rejected = aSubmittedProposal("Rejected", Optional.empty());
        aSubmittedProposal("Waiting", Optional.empty());
        proposals.draft(new DraftProposal(staff, holder, Set.of(), "Draft", "", Euros.of("10"), Euros.of("5"),
                Optional.empty()));
        CommitteeSessionId session = aSessionWithEveryoneSeated(labelled, rejected);
        scoreByEveryoneButTheHolder(session, labelled, 5);
        scoreByEveryoneButTheHolder(session, rejected, 2);
        committee.decide(new DecideProposal(staff, session, labelled));
        committee.decide(new DecideProposal(staff, session, rejected));
        CommitteeSession stored = committee.findSession(session).orElseThrow();
        assertThat(stored.decisions()).hasSize(2);

        Pipeline pipeline = proposals.pipeline();
        assertThat(pipeline.byState()).containsEntry(ProjectState.DRAFT, 1L).containsEntry(ProjectState.SUBMITTED, 1L)
                .containsEntry(ProjectState.LABELLED, 1L).containsEntry(ProjectState.REJECTED, 1L)
                .containsEntry(ProjectState.COMPLETED, 0L).hasSize(ProjectState.values().length);
        assertThat(pipeline.labelledByYear()).containsExactly(Map.entry(YEAR, 1L));
        assertThat(pipeline.openProposals()).isEqualTo(2);
        assertThat(pipeline.runningProjects()).isEqualTo(1);
        assertThat(proposals.projectsOf(partner)).extracting(Project::title).containsExactly("Labelled", "Rejected",
                "Waiting");
    }
}
