package org.filiere.persistence.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;
import static org.filiere.fixtures.ProjectFixtures.uniform;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.filiere.access.Acting;
import org.filiere.access.Actor;
import org.filiere.fixtures.Fixtures;
import org.filiere.kernel.StaleDataException;
import org.filiere.member.MemberId;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.persistence.Transactions;
import org.filiere.project.CommitteeMember;
import org.filiere.project.CommitteeMemberId;
import org.filiere.project.CommitteeMemberKind;
import org.filiere.project.CommitteeMembers;
import org.filiere.project.CommitteeSession;
import org.filiere.project.CommitteeSessionId;
import org.filiere.project.CommitteeSessions;
import org.filiere.project.Euros;
import org.filiere.project.EvaluationGrid;
import org.filiere.project.LabelNumber;
import org.filiere.project.ProjectId;
import org.filiere.project.application.CommitteeCommands.AppointCommitteeMember;
import org.filiere.project.application.CommitteeCommands.DecideProposal;
import org.filiere.project.application.CommitteeCommands.PlanSession;
import org.filiere.project.application.CommitteeCommands.PutOnAgenda;
import org.filiere.project.application.CommitteeCommands.ScoreProposal;
import org.filiere.project.application.CommitteeCommands.SeatPanelMember;
import org.filiere.project.application.CommitteeService;
import org.filiere.project.application.ProjectCommands.DraftProposal;
import org.filiere.project.application.ProjectCommands.SubmitProposal;
import org.filiere.project.application.ProposalService;
import org.filiere.wiring.CoreProducers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two members of staff working on the committee at the same moment, on real threads: no score sheet is lost and no
 * label number is given twice.
 */
class ConcurrentCommitteeTest {

    static Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    private final LocalDate today = LocalDate.now(CoreProducers.ASSOCIATION_ZONE);
    private final Actor staff = aStaffMember();

    /** A holder member, a panel of three outside experts and the proposals, each on a session of its own. */
    private record Setup(List<CommitteeMemberId> panel, List<CommitteeSessionId> sessions, List<ProjectId> projects) {
    }

    private Setup proposalsUnderReview(FiliereContainer filiere, int count) {
        MembershipService memberships = filiere.get(MembershipService.class);
        ProposalService proposals = filiere.get(ProposalService.class);
        CommitteeService committee = filiere.get(CommitteeService.class);
        MemberId holder = memberships.apply(anApplication(Fixtures.SIRETS[0], "Alpes Mobilier Urbain",
                today.getYear()));
        memberships.admit(new AdmitMember(staff, holder, today.getYear()));
        List<CommitteeMemberId> panel = Stream.of("David Lambert", "Eva Blanc", "Marc Vidal")
                .map(name -> committee.appoint(new AppointCommitteeMember(staff, name, CommitteeMemberKind.OUTSIDE_EXPERT,
                        Optional.empty(), "Minalogic"))).toList();
        List<CommitteeSessionId> sessions = new ArrayList<>();
        List<ProjectId> projects = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ProjectId project = proposals.draft(new DraftProposal(staff, holder, Set.of(), "Proposal " + i, "",
                    Euros.of("1000"), Euros.of("500"), Optional.empty()));
            proposals.submit(new SubmitProposal(staff, project));
            CommitteeSessionId session = committee.plan(new PlanSession(staff, today.minusDays(i), "Grenoble"));
            panel.forEach(m -> committee.seat(new SeatPanelMember(staff, session, m)));
            committee.putOnAgenda(new PutOnAgenda(staff, session, project));
            sessions.add(session);
            projects.add(project);
        }
        return new Setup(panel, sessions, projects);
    }

    private static <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            tasks.forEach(t -> futures.add(pool.submit(t)));
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldRefuseOneOfTwoScoreSheetsSavedAtTheSameMomentAndLoseNeitherOnceRetried(TestDatabase database)
            throws Exception {
        try (FiliereContainer filiere = FiliereContainer.start(database, ProjectPersistenceTest.RULES)) {
            Setup setup = proposalsUnderReview(filiere, 1);
            CommitteeSessionId sessionId = setup.sessions().get(0);
            ProjectId project = setup.projects().get(0);
            Transactions transactions = filiere.get(Transactions.class);
            CommitteeSessions sessions = filiere.get(CommitteeSessions.class);
            CommitteeMembers committeeMembers = filiere.get(CommitteeMembers.class);
            Clock clock = filiere.get(Clock.class);
            CyclicBarrier bothRead = new CyclicBarrier(2);
            List<Callable<String>> scorers = new ArrayList<>();
            for (CommitteeMemberId scorer : setup.panel().subList(0, 2)) {
                scorers.add(() -> {
                    try {
                        transactions.required(() -> {
                            CommitteeSession session = sessions.find(sessionId).orElseThrow();
                            CommitteeMember member = committeeMembers.find(scorer).orElseThrow();
                            bothRead.await(10, TimeUnit.SECONDS);
                            session.score(project, member, uniform(EvaluationGrid.standard(), 4), clock);
                            sessions.save(session);
                            return null;
                        });
                        return "saved";
                    } catch (StaleDataException e) {
                        filiere.get(CommitteeService.class).score(new ScoreProposal(staff, sessionId, project, scorer,
                                uniform(EvaluationGrid.standard(), 4)));
                        return "stale: " + e.getMessage();
                    }
                });
            }

            List<String> outcomes = inParallel(scorers);

            assertThat(outcomes).filteredOn("saved"::equals).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o.startsWith("stale")).singleElement().asString()
                    .contains("committee session of " + today).contains("was changed by someone else");
            CommitteeSession stored = filiere.get(CommitteeService.class).findSession(sessionId).orElseThrow();
            assertThat(stored.sheetsFor(project)).extracting(s -> s.scorer())
                    .containsExactlyInAnyOrderElementsOf(setup.panel().subList(0, 2));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldNeverGiveTheSameLabelNumberToProjectsLabelledAtTheSameMoment(TestDatabase database)
            throws Exception {
        try (FiliereContainer filiere = FiliereContainer.start(database, ProjectPersistenceTest.RULES)) {
            int racers = 3;
            Setup setup = proposalsUnderReview(filiere, racers + 1);
            CommitteeService committee = filiere.get(CommitteeService.class);
            for (int i = 0; i <= racers; i++) {
                for (CommitteeMemberId scorer : setup.panel()) {
                    committee.score(new ScoreProposal(staff, setup.sessions().get(i), setup.projects().get(i), scorer,
                            uniform(EvaluationGrid.standard(), 5)));
                }
            }
            committee.decide(new DecideProposal(staff, setup.sessions().get(0), setup.projects().get(0)));
            CyclicBarrier together = new CyclicBarrier(racers);
            List<Callable<LabelNumber>> deciders = new ArrayList<>();
            for (int i = 1; i <= racers; i++) {
                CommitteeSessionId session = setup.sessions().get(i);
                ProjectId project = setup.projects().get(i);
                deciders.add(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    committee.decide(new DecideProposal(staff, session, project));
                    return Acting.as(staff, () -> filiere.get(ProposalService.class).project(project)).orElseThrow()
                            .label().orElseThrow().number();
                });
            }

            List<LabelNumber> numbers = inParallel(deciders);

            assertThat(numbers).extracting(LabelNumber::sequence).containsExactlyInAnyOrder(2, 3, 4);
            assertThat(filiere.get(ProposalService.class).pipeline().labelledByYear())
                    .containsEntry(today.getYear(), 4L);
        }
    }
}
