package org.filiere.project;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.ProjectFixtures.aDraft;
import static org.filiere.fixtures.ProjectFixtures.anActiveMember;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.filiere.fixtures.MutableClock;
import org.filiere.member.Member;
import org.junit.jupiter.api.Test;

/** The rule for submitting a proposal: members in the year of submission, and the call open that day. */
class SubmissionPolicyTest {

    private static final LocalDate DAY = LocalDate.of(2025, 5, 6);

    private final MutableClock clock = new MutableClock(DAY);
    private final Member holder = anActiveMember(0, "Alpes Mobilier Urbain", 2025, clock);
    private final Member partner = anActiveMember(1, "Capteurs du Dauphiné", 2025, clock);
    private final Member formerPartner = anActiveMember(2, "Ancien Partenaire", 2024, clock);
    private final CallForProjects designConcept = new CallForProjects(CallForProjectsId.random(),
            "Design Concept 2025", "Conseil départemental de la Loire", LocalDate.of(2025, 4, 1),
            LocalDate.of(2025, 5, 31), EvaluationGrid.standard(), 0);

    @Test
    void shouldAcceptAProposalOfMembersToAnOpenCall() {
        Project project = aDraft(holder.id(), partner.id());
        assertThatCode(() -> SubmissionPolicy.check(project, holder, List.of(partner), Optional.of(designConcept), DAY))
                .doesNotThrowAnyException();
        assertThatCode(() -> SubmissionPolicy.check(project, holder, List.of(partner), Optional.empty(), DAY))
                .doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseAHolderThatIsNotAMemberThisYear() {
        Project project = aDraft(formerPartner.id());
        assertThatThrownBy(() -> SubmissionPolicy.check(project, formerPartner, List.of(), Optional.empty(), DAY))
                .isInstanceOf(ProjectRefusedException.class)
                .hasMessage("Project \"Connected street furniture\" cannot be submitted: its holder Ancien Partenaire ("
                        + formerPartner.id() + ") is not a member in 2025");
    }

    @Test
    void shouldRefuseAPartnerThatIsNotAMemberThisYear() {
        Project project = aDraft(holder.id(), formerPartner.id());
        assertThatThrownBy(() -> SubmissionPolicy.check(project, holder, List.of(formerPartner), Optional.empty(), DAY))
                .hasMessageContaining("its partner Ancien Partenaire (" + formerPartner.id() + ") is not a member in"
                        + " 2025");
    }

    @Test
    void shouldRefuseASubmissionOutsideTheCallsDates() {
        Project project = aDraft(holder.id());
        assertThatThrownBy(() -> SubmissionPolicy.check(project, holder, List.of(), Optional.of(designConcept),
                LocalDate.of(2025, 6, 1)))
                .hasMessage("Project \"Connected street furniture\" cannot be submitted on 2025-06-01 to the call"
                        + " \"Design Concept 2025\": it is open from 2025-04-01 to 2025-05-31");
        assertThatCode(() -> SubmissionPolicy.check(project, holder, List.of(), Optional.of(designConcept),
                LocalDate.of(2025, 5, 31))).doesNotThrowAnyException();
        assertThatThrownBy(() -> new CallForProjects(CallForProjectsId.random(), "Design Concept", "Loire",
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 3, 1), EvaluationGrid.standard(), 0))
                .hasMessage("Call for projects \"Design Concept\" cannot close on 2025-03-01, before it opens on"
                        + " 2025-04-01");
    }
}
