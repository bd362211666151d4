package org.filiere.persistence.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;
import static org.filiere.fixtures.ProjectFixtures.scores;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.filiere.access.Actor;
import org.filiere.fixtures.Fixtures;
import org.filiere.member.MemberId;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipCommands.RecordDuesPayment;
import org.filiere.member.application.MembershipService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.project.CallForProjects;
import org.filiere.project.CallForProjectsId;
import org.filiere.project.CommitteeMember;
import org.filiere.project.CommitteeMemberId;
import org.filiere.project.CommitteeMemberKind;
import org.filiere.project.CommitteeSession;
import org.filiere.project.CommitteeSessionId;
import org.filiere.project.CriterionScore;
import org.filiere.project.Decision;
import org.filiere.project.DecisionOutcome;
import org.filiere.project.Euros;
import org.filiere.project.EvaluationGrid;
import org.filiere.project.Experimentation;
import org.filiere.project.Milestone;
import org.filiere.project.MilestoneId;
import org.filiere.project.Project;
import org.filiere.project.ProjectId;
import org.filiere.project.ProjectState;
import org.filiere.project.Recusal;
import org.filiere.project.ScoreSheet;
import org.filiere.project.TieRule;
import org.filiere.project.application.CommitteeCommands.AppointCommitteeMember;
import org.filiere.project.application.CommitteeCommands.DecideProposal;
import org.filiere.project.application.CommitteeCommands.DeclareInterest;
import org.filiere.project.application.CommitteeCommands.DeferProposal;
import org.filiere.project.application.CommitteeCommands.PlanSession;
import org.filiere.project.application.CommitteeCommands.PutOnAgenda;
import org.filiere.project.application.CommitteeCommands.RetireCommitteeMember;
import org.filiere.project.application.CommitteeCommands.ScoreProposal;
import org.filiere.project.application.CommitteeCommands.SeatPanelMember;
import org.filiere.project.application.CommitteeService;
import org.filiere.project.application.Pipeline;
import org.filiere.project.application.ProjectCommands.AddFollowUpNote;
import org.filiere.project.application.ProjectCommands.AddMilestone;
import org.filiere.project.application.ProjectCommands.AssignOfficer;
import org.filiere.project.application.ProjectCommands.DraftProposal;
import org.filiere.project.application.ProjectCommands.OpenCallForProjects;
import org.filiere.project.application.ProjectCommands.ReachMilestone;
import org.filiere.project.application.ProjectCommands.StartExperimentation;
import org.filiere.project.application.ProjectCommands.StartPrototyping;
import org.filiere.project.application.ProjectCommands.SubmitProposal;
import org.filiere.project.application.ProjectFollowUpService;
import org.filiere.project.application.ProposalService;
import org.filiere.wiring.CoreProducers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Calls, proposals, committee sessions and labelled projects stored and read back on each configured database. */
class ProjectPersistenceTest {

    /** A small committee, so that a quorum is reached by three scorers. */
    static final Map<String, String> RULES = Map.of("filiere.committee.quorum", "3",
            "filiere.committee.threshold", "3.00", "filiere.committee.tie-rule", "label");

    static Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    private final LocalDate today = LocalDate.now(CoreProducers.ASSOCIATION_ZONE);
    private final int year = today.getYear();
    private final Actor staff = aStaffMember();
    private final EvaluationGrid grid = EvaluationGrid.parse("Design quality=3; Collective dimension=2;"
            + " Territorial impact=1");

    private MemberId anActiveMember(MembershipService memberships, int index, String name) {
        MemberId id = memberships.apply(anApplication(Fixtures.SIRETS[index], name, year));
        memberships.admit(new AdmitMember(staff, id, year));
        memberships.recordDuesPayment(new RecordDuesPayment(staff, id, year, today));
        return id;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldStoreAProjectFromItsCallThroughTheCommitteeToPrototyping(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, RULES)) {
            MembershipService memberships = filiere.get(MembershipService.class);
            ProposalService proposals = filiere.get(ProposalService.class);
            CommitteeService committee = filiere.get(CommitteeService.class);
            ProjectFollowUpService followUp = filiere.get(ProjectFollowUpService.class);
            MemberId holder = anActiveMember(memberships, 0, "Alpes Mobilier Urbain");
            MemberId partner = anActiveMember(memberships, 1, "Capteurs du Dauphiné");
            MemberId bystander = anActiveMember(memberships, 2, "Grenoble Data");

            CallForProjectsId call = proposals.openCall(new OpenCallForProjects(staff, "Design Concept",
                    "Conseil départemental de la Loire", today.minusDays(30), today.plusDays(30), grid));
            ProjectId id = proposals.draft(new DraftProposal(staff, holder, Set.of(partner),
                    "Connected street furniture", "Benches that count passers-by", Euros.of("120000.50"),
                    Euros.of("45000"), Optional.of(call)));
            proposals.submit(new SubmitProposal(staff, id));

            CommitteeMemberId holderRep = committee.appoint(new AppointCommitteeMember(staff, "Anne Roux",
                    CommitteeMemberKind.MEMBER_REPRESENTATIVE, Optional.of(holder), ""));
            CommitteeMemberId partnerRep = committee.appoint(new AppointCommitteeMember(staff, "Bruno Petit",
                    CommitteeMemberKind.MEMBER_REPRESENTATIVE, Optional.of(partner), ""));
            CommitteeMemberId chloe = committee.appoint(new AppointCommitteeMember(staff, "Chloé Morel",
                    CommitteeMemberKind.MEMBER_REPRESENTATIVE, Optional.of(bystander), ""));
            CommitteeMemberId david = committee.appoint(new AppointCommitteeMember(staff, "David Lambert",
                    CommitteeMemberKind.OUTSIDE_EXPERT, Optional.empty(), "École nationale supérieure de design"));
            CommitteeMemberId eva = committee.appoint(new AppointCommitteeMember(staff, "Eva Blanc",
                    CommitteeMemberKind.STAFF, Optional.empty(), "the association"));
            CommitteeMemberId marc = committee.appoint(new AppointCommitteeMember(staff, "Marc Vidal",
                    CommitteeMemberKind.OUTSIDE_EXPERT, Optional.empty(), "Minalogic"));

            CommitteeSessionId session = committee.plan(new PlanSession(staff, today, "Cité du design"));
            for (CommitteeMemberId m : List.of(holderRep, partnerRep, chloe, david, eva, marc)) {
                committee.seat(new SeatPanelMember(staff, session, m));
            }
            committee.putOnAgenda(new PutOnAgenda(staff, session, id));
            committee.score(new ScoreProposal(staff, session, id, chloe, scores(grid, 4, 3, 3)));
            committee.score(new ScoreProposal(staff, session, id, david, scores(grid, 5, 4, 2)));
            committee.score(new ScoreProposal(staff, session, id, marc, scores(grid, 1, 1, 1)));
            committee.declareInterest(new DeclareInterest(staff, session, id, marc, "advises the holder"));
            committee.score(new ScoreProposal(staff, session, id, eva, List.of(
                    new CriterionScore("design-quality", 3, "Good sketches"),
                    new CriterionScore("collective-dimension", 2, "Only two members"),
                    new CriterionScore("territorial-impact", 4, "Saint-Étienne and Grenoble"))));
            Decision decision = committee.decide(new DecideProposal(staff, session, id));
            committee.retire(new RetireCommitteeMember(staff, partnerRep));

            followUp.assignOfficer(new AssignOfficer(staff, id, Actor.staff("paul-girard", "Paul Girard")));
            followUp.addNote(new AddFollowUpNote(staff, id, "Kick-off at the holder's workshop"));
            followUp.addNote(new AddFollowUpNote(staff, id, "City technical services on board"));
            MilestoneId drawings = followUp.addMilestone(new AddMilestone(staff, id, "Drawings", today.minusDays(5)));
            followUp.addMilestone(new AddMilestone(staff, id, "First bench", today.minusDays(2)));
            followUp.reachMilestone(new ReachMilestone(staff, id, drawings, today.minusDays(6)));
            followUp.startExperimentation(new StartExperimentation(staff, id, new Experimentation(
                    "Biennale Internationale Design Saint-Étienne", today, today.plusDays(30))));
            followUp.startPrototyping(new StartPrototyping(staff, id, today.plusDays(31)));

            assertThat(decision.outcome()).isEqualTo(DecisionOutcome.LABELLED);
            Project project = proposals.project(id).orElseThrow();
            assertThat(project.state()).isEqualTo(ProjectState.PROTOTYPING);
            assertThat(project.holder()).isEqualTo(holder);
            assertThat(project.partners()).containsExactly(partner);
            assertThat(project.budget()).isEqualTo(Euros.of("120000.50"));
            assertThat(project.call()).contains(call);
            assertThat(project.submittedOn()).contains(today);
            assertThat(project.label().orElseThrow().number()).hasToString(String.format("LBL-%d-001", year));
            assertThat(project.label().orElseThrow().labelledOn()).isEqualTo(today);
            assertThat(project.officer()).contains("Paul Girard");
            assertThat(project.notes()).extracting(n -> n.text()).containsExactly("Kick-off at the holder's workshop",
                    "City technical services on board");
            assertThat(project.milestones()).extracting(Milestone::title, Milestone::reachedOn)
                    .containsExactly(tuple("Drawings", Optional.of(today.minusDays(6))),
                            tuple("First bench", Optional.empty()));
            assertThat(project.experimentation().orElseThrow().to()).isEqualTo(today.plusDays(30));
            assertThat(project.prototypingFrom()).contains(today.plusDays(31));
            assertThat(project.version()).isGreaterThan(1);

            CommitteeSession stored = committee.findSession(session).orElseThrow();
            assertThat(stored.place()).isEqualTo("Cité du design");
            assertThat(stored.panel()).containsExactly(holderRep, partnerRep, chloe, david, eva, marc);
            assertThat(stored.agendaItem(id).orElseThrow().grid()).isEqualTo(grid);
            assertThat(stored.recusalsFor(id)).extracting(Recusal::name, Recusal::reason).containsExactly(
                    tuple("Anne Roux", "Anne Roux works for member " + holder + ", the holder of the project"),
                    tuple("Bruno Petit", "Bruno Petit works for member " + partner + ", a partner of the project"),
                    tuple("Marc Vidal", "Marc Vidal declared an interest: advises the holder"));
            assertThat(stored.sheetsFor(id)).extracting(ScoreSheet::scorerName)
                    .containsExactlyInAnyOrder("Chloé Morel", "David Lambert", "Eva Blanc");
            ScoreSheet evaSheet = stored.sheetsFor(id).stream().filter(s -> s.scorer().equals(eva)).findFirst()
                    .orElseThrow();
            assertThat(evaSheet.scores()).extracting(CriterionScore::criterion, CriterionScore::points,
                    CriterionScore::comment).containsExactly(tuple("design-quality", 3, "Good sketches"),
                            tuple("collective-dimension", 2, "Only two members"),
                            tuple("territorial-impact", 4, "Saint-Étienne and Grenoble"));
            Decision storedDecision = stored.decision(id).orElseThrow();
            assertThat(storedDecision).isEqualTo(decision);
            assertThat(storedDecision.weightedAverage()).contains(new BigDecimal("3.50"));
            assertThat(storedDecision.tieRule()).isEqualTo(TieRule.LABEL);
            assertThat(storedDecision.recused()).isEqualTo(3);
            assertThat(storedDecision.reasons()).hasSize(2);
            assertThat(stored.criterionAverages(id)).containsEntry("design-quality", new BigDecimal("4.00"));

            CallForProjects storedCall = proposals.call(call).orElseThrow();
            assertThat(storedCall.grid()).isEqualTo(grid);
            assertThat(storedCall.funder()).isEqualTo("Conseil départemental de la Loire");
            assertThat(committee.committee()).extracting(CommitteeMember::name, CommitteeMember::active)
                    .contains(tuple("Bruno Petit", false), tuple("Anne Roux", true));
            assertThat(committee.findCommitteeMember(holderRep).orElseThrow().employer()).contains(holder);
            assertThat(followUp.overdueMilestones(staff, today)).extracting(o -> o.milestone().title())
                    .containsExactly("First bench");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldCountThePipelineAndNumberLabelsAcrossSessions(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, RULES)) {
            MembershipService memberships = filiere.get(MembershipService.class);
            ProposalService proposals = filiere.get(ProposalService.class);
            CommitteeService committee = filiere.get(CommitteeService.class);
            MemberId holder = anActiveMember(memberships, 0, "Alpes Mobilier Urbain");
            MemberId partner = anActiveMember(memberships, 1, "Capteurs du Dauphiné");
            List<CommitteeMemberId> panel = Stream.of("David Lambert", "Eva Blanc", "Marc Vidal")
                    .map(name -> committee.appoint(new AppointCommitteeMember(staff, name,
                            CommitteeMemberKind.OUTSIDE_EXPERT, Optional.empty(), "Minalogic")))
                    .toList();
            ProjectId first = proposals.draft(new DraftProposal(staff, holder, Set.of(partner), "First", "",
                    Euros.of("10000"), Euros.of("5000"), Optional.empty()));
            ProjectId second = proposals.draft(new DraftProposal(staff, partner, Set.of(), "Second", "",
                    Euros.of("10000"), Euros.of("5000"), Optional.empty()));
            ProjectId third = proposals.draft(new DraftProposal(staff, partner, Set.of(holder), "Third", "",
                    Euros.of("10000"), Euros.of("5000"), Optional.empty()));
            proposals.draft(new DraftProposal(staff, holder, Set.of(), "Fourth", "", Euros.of("10"), Euros.of("5"),
                    Optional.empty()));
            Stream.of(first, second, third).forEach(p -> proposals.submit(new SubmitProposal(staff, p)));

            CommitteeSessionId march = committee.plan(new PlanSession(staff, today.minusDays(60), "Grenoble"));
            panel.forEach(m -> committee.seat(new SeatPanelMember(staff, march, m)));
            Stream.of(first, second).forEach(p -> committee.putOnAgenda(new PutOnAgenda(staff, march, p)));
            panel.forEach(m -> committee.score(new ScoreProposal(staff, march, first, m,
                    scores(EvaluationGrid.standard(), 4, 4, 4, 4))));
            committee.decide(new DecideProposal(staff, march, first));
            committee.defer(new DeferProposal(staff, march, second, "the partner's commitment letter is missing"));

            CommitteeSessionId june = committee.plan(new PlanSession(staff, today, "Saint-Étienne"));
            panel.forEach(m -> committee.seat(new SeatPanelMember(staff, june, m)));
            committee.putOnAgenda(new PutOnAgenda(staff, june, second));
            panel.forEach(m -> committee.score(new ScoreProposal(staff, june, second, m,
                    scores(EvaluationGrid.standard(), 3, 3, 3, 3))));
            committee.decide(new DecideProposal(staff, june, second));

            assertThat(proposals.project(second).orElseThrow().label().orElseThrow().number().sequence())
                    .isEqualTo(2);
            Pipeline pipeline = proposals.pipeline();
            assertThat(pipeline.byState()).containsEntry(ProjectState.LABELLED, 2L)
                    .containsEntry(ProjectState.SUBMITTED, 1L).containsEntry(ProjectState.DRAFT, 1L)
                    .containsEntry(ProjectState.DEFERRED, 0L);
            assertThat(pipeline.labelledByYear()).containsExactly(Map.entry(year, 2L));
            assertThat(proposals.projectsOf(holder)).extracting(Project::title)
                    .containsExactly("First", "Fourth", "Third");
            assertThat(proposals.inState(ProjectState.LABELLED)).extracting(Project::title)
                    .containsExactly("First", "Second");
            assertThat(committee.sessions()).extracting(CommitteeSession::heldOn)
                    .containsExactly(today.minusDays(60), today);
            assertThat(committee.findSession(march).orElseThrow().decision(second).orElseThrow().reasons())
                    .containsExactly("Deferred by the committee: the partner's commitment letter is missing.");
            assertThat(committee.findSession(june).orElseThrow().decision(second).orElseThrow().tie()).isTrue();
        }
    }
}
