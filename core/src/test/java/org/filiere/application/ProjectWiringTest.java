package org.filiere.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.filiere.charter.application.CharterService;
import org.filiere.fixtures.Fixtures;
import org.filiere.fixtures.InMemoryCallsForProjects;
import org.filiere.fixtures.InMemoryCharters;
import org.filiere.fixtures.InMemoryCommitteeMembers;
import org.filiere.fixtures.InMemoryCommitteeSessions;
import org.filiere.fixtures.InMemoryCooperationAgreements;
import org.filiere.fixtures.InMemoryMembers;
import org.filiere.fixtures.InMemoryPartnerOrganisations;
import org.filiere.fixtures.InMemoryPartnerProgrammes;
import org.filiere.fixtures.InMemoryProjects;
import org.filiere.fixtures.InMemorySignatures;
import org.filiere.kernel.DomainEvent;
import org.filiere.member.MemberId;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipService;
import org.filiere.programme.EnrollmentStatus;
import org.filiere.programme.PartnerContact;
import org.filiere.programme.PartnerType;
import org.filiere.programme.application.PartnerService;
import org.filiere.programme.application.ProgrammeCommands.ApplyToProgramme;
import org.filiere.programme.application.ProgrammeCommands.LaunchProgramme;
import org.filiere.programme.application.ProgrammeCommands.RegisterPartner;
import org.filiere.programme.application.ProgrammeService;
import org.filiere.project.CommitteeRules;
import org.filiere.project.Euros;
import org.filiere.project.EvaluationGrid;
import org.filiere.project.ProposalSubmitted;
import org.filiere.project.TieRule;
import org.filiere.project.application.CommitteeProducers;
import org.filiere.project.application.CommitteeService;
import org.filiere.project.application.ProjectCommands.DraftProposal;
import org.filiere.project.application.ProjectCommands.SubmitProposal;
import org.filiere.project.application.ProjectFollowUpService;
import org.filiere.project.application.ProposalService;
import org.filiere.wiring.CdiDomainEvents;
import org.filiere.wiring.CoreProducers;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldJunit5Extension;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.smallrye.config.inject.ConfigExtension;

/** The project and programme services wired by CDI: configured committee rules, and events as CDI events. */
@ExtendWith(WeldJunit5Extension.class)
class ProjectWiringTest {

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(WeldInitiator.createWeld()
            .addExtension(new ConfigExtension())
            .addBeanClasses(ProposalService.class, CommitteeService.class, ProjectFollowUpService.class,
                    CommitteeProducers.class, PartnerService.class, ProgrammeService.class, MembershipService.class,
                    CharterService.class, CoreProducers.class, CdiDomainEvents.class, InMemoryMembers.class,
                    InMemoryCharters.class, InMemorySignatures.class, InMemoryProjects.class,
                    InMemoryCallsForProjects.class, InMemoryCommitteeMembers.class, InMemoryCommitteeSessions.class,
                    InMemoryPartnerOrganisations.class, InMemoryCooperationAgreements.class,
                    InMemoryPartnerProgrammes.class, Observer.class))
            .build();

    @Inject
    CommitteeService committee;

    @Inject
    ProposalService proposals;

    @Inject
    MembershipService memberships;

    @Inject
    PartnerService partners;

    @Inject
    ProgrammeService programmes;

    @Inject
    Observer observer;

    @Test
    void shouldProduceTheDefaultCommitteeRulesWhenNothingIsConfigured() {
        CommitteeRules rules = Fixtures.asStaff(committee::rules);
        assertThat(rules.quorum().minimumScorers()).isEqualTo(5);
        assertThat(rules.decisionRule().threshold()).isEqualByComparingTo("3.00");
        assertThat(rules.decisionRule().tieRule()).isEqualTo(TieRule.DEFER);
        assertThat(rules.defaultGrid()).isEqualTo(EvaluationGrid.standard());
    }

    @Test
    void shouldPublishProjectAndProgrammeEventsAsCdiEvents() {
        int year = LocalDate.now(CoreProducers.ASSOCIATION_ZONE).getYear();
        MemberId holder = memberships.apply(Fixtures.anApplication(Fixtures.SIRETS[0], "Alpes Logiciels", year));
        memberships.admit(new AdmitMember(Fixtures.aStaffMember(), holder, year));
        var project = proposals.draft(new DraftProposal(Fixtures.aStaffMember(), holder, Set.of(), "Benches", "",
                Euros.of("1000"), Euros.of("500"), Optional.empty()));
        proposals.submit(new SubmitProposal(Fixtures.aStaffMember(), project));
        var partner = partners.register(new RegisterPartner(Fixtures.aStaffMember(), "Minalogic",
                PartnerType.COMPETITIVENESS_CLUSTER, new PartnerContact("Julie Bernard", "", "")));
        var programme = programmes.launch(new LaunchProgramme(Fixtures.aStaffMember(), partner, "Pilot",
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), 5, programmes.eligibility("active-membership")));

        var enrollment = programmes.apply(new ApplyToProgramme(Fixtures.aStaffMember(), programme, holder));

        assertThat(enrollment.status()).isEqualTo(EnrollmentStatus.REFUSED);
        assertThat(observer.submitted).singleElement().satisfies(e -> assertThat(e.projectId()).isEqualTo(project));
        assertThat(observer.all).extracting(e -> e.getClass().getSimpleName()).containsExactly("MemberApplied",
                "MemberAdmitted", "ProposalSubmitted", "EnrollmentRefused");
    }

    @Test
    void shouldReadConfiguredRulesAndNameTheKeyOfAValueThatIsNotValid() {
        CommitteeRules rules = CommitteeProducers.rules(3, "2.5", "scorer-majority",
                Optional.of("Innovation=2; Feasibility=1"));
        assertThat(rules.quorum().minimumScorers()).isEqualTo(3);
        assertThat(rules.decisionRule().threshold()).isEqualByComparingTo("2.50");
        assertThat(rules.decisionRule().tieRule()).isEqualTo(TieRule.SCORER_MAJORITY);
        assertThat(rules.defaultGrid().keys()).containsExactly("innovation", "feasibility");

        assertThatThrownBy(() -> CommitteeProducers.rules(0, "3", "defer", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("filiere.committee.quorum is not"
                        + " valid: A committee quorum of 0 scorers is not valid");
        assertThatThrownBy(() -> CommitteeProducers.rules(5, "three", "defer", Optional.empty()))
                .hasMessage("filiere.committee.threshold is not valid: 'three' is not a number");
        assertThatThrownBy(() -> CommitteeProducers.rules(5, "6", "defer", Optional.empty()))
                .hasMessageStartingWith("filiere.committee.threshold is not valid");
        assertThatThrownBy(() -> CommitteeProducers.rules(5, "3", "toss", Optional.empty()))
                .hasMessageStartingWith("filiere.committee.tie-rule is not valid: Tie rule \"toss\" is not known");
        assertThatThrownBy(() -> CommitteeProducers.rules(5, "3", "defer", Optional.of("Innovation")))
                .hasMessageStartingWith("filiere.committee.criteria is not valid");
    }

    @Singleton
    static class Observer {
        final List<DomainEvent> all = new CopyOnWriteArrayList<>();
        final List<ProposalSubmitted> submitted = new CopyOnWriteArrayList<>();

        void any(@Observes DomainEvent e) {
            all.add(e);
        }

        void submitted(@Observes ProposalSubmitted e) {
            submitted.add(e);
        }
    }
}
