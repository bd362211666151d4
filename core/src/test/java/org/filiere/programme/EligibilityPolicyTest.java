package org.filiere.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.ProjectFixtures.anActiveMember;
import static org.filiere.programme.EligibilityRules.activeMembership;
import static org.filiere.programme.EligibilityRules.allOf;
import static org.filiere.programme.EligibilityRules.anyOf;
import static org.filiere.programme.EligibilityRules.charterSigned;
import static org.filiere.programme.EligibilityRules.sector;
import static org.filiere.programme.EligibilityRules.sizeBetween;
import static org.filiere.programme.EligibilityRules.sizeFrom;

import java.time.LocalDate;

import org.filiere.fixtures.MutableClock;
import org.filiere.member.Dues;
import org.filiere.member.Member;
import org.filiere.member.NafCode;
import org.filiere.member.SectorFamilies;
import org.filiere.member.SectorFamily;
import org.filiere.member.SizeBand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each eligibility policy alone, then combined, and their text form. */
class EligibilityPolicyTest {

    private static final int YEAR = 2025;

    private final MutableClock clock = new MutableClock(LocalDate.of(YEAR, 2, 1));
    private final SectorFamilies sectors = SectorFamilies.shipped();
    private final SectorFamily publishing = sectors.family("software-publishing").orElseThrow();
    private final SectorFamily itServices = sectors.family("it-services").orElseThrow();

    /** A software publisher with 10-19 employees, active, that signed the charter. */
    private final Member publisher = anActiveMember(0, "Alpes Logiciels", new NafCode("58.29C"),
            SizeBand.FROM_10_TO_19, YEAR, clock);
    /** An IT services company with 1-2 employees, active. */
    private final Member consultancy = anActiveMember(1, "Conseil Numérique", new NafCode("62.02A"),
            SizeBand.FROM_1_TO_2, YEAR, clock);
    /** A telecoms operator with 250-499 employees, member last year only. */
    private final Member operator = anActiveMember(2, "Réseaux Alpins", new NafCode("61.10Z"),
            SizeBand.FROM_250_TO_499, YEAR - 1, clock);

    private Candidate candidate(Member member, boolean charterSigned) {
        return new Candidate(member, sectors.familyOf(member.activity()), charterSigned, YEAR);
    }

    @Test
    void shouldAdmitMembersOfTheNamedSectorFamiliesOnly() {
        EligibilityPolicy policy = sector(publishing);
        assertThat(policy.assess(candidate(publisher, true)).isEligible()).isTrue();
        assertThat(policy.assess(candidate(consultancy, true)).refusal()).contains(new EligibilityRefusal(
                "sector Software publishing", "Conseil Numérique (" + consultancy.id() + ") is in sector IT services"
                        + " and consulting (NAF 62.02A)"));
        assertThat(sector(publishing, itServices).assess(candidate(consultancy, true)).isEligible()).isTrue();
    }

    @Test
    void shouldAdmitMembersWhoseSizeBandLiesWithinTheRange() {
        EligibilityPolicy smes = sizeBetween(10, 249);
        assertThat(smes.assess(candidate(publisher, true)).isEligible()).isTrue();
        assertThat(smes.assess(candidate(consultancy, true)).refusal()).contains(new EligibilityRefusal(
                "size 10-249 employees", "Conseil Numérique (" + consultancy.id() + ") has 1-2 employees"));
        assertThat(smes.assess(candidate(operator, true)).refusal().orElseThrow().reason())
                .endsWith("has 250-499 employees");
        assertThat(sizeFrom(250).assess(candidate(operator, true)).isEligible()).isTrue();
        assertThat(sizeFrom(250).name()).isEqualTo("size 250+ employees");
        assertThatThrownBy(() -> sizeBetween(50, 10)).isInstanceOf(ProgrammeRefusedException.class);
    }

    @Test
    void shouldAdmitOnlyMembersWhoSignedTheCharterInForce() {
        EligibilityPolicy policy = charterSigned();
        assertThat(policy.assess(candidate(publisher, true)).isEligible()).isTrue();
        assertThat(policy.assess(candidate(publisher, false)).refusal()).contains(new EligibilityRefusal(
                "charter signed", "Alpes Logiciels (" + publisher.id() + ") has not signed the Charter of Good"
                        + " Practices in force"));
    }

    @Test
    void shouldAdmitOnlyPaidUpMembersOfTheYear() {
        EligibilityPolicy policy = activeMembership();
        assertThat(policy.assess(candidate(publisher, true)).isEligible()).isTrue();
        assertThat(policy.assess(candidate(operator, true)).refusal()).contains(new EligibilityRefusal(
                "active membership", "Réseaux Alpins (" + operator.id() + ") is not an active member in 2025 (it has"
                        + " no membership that year)"));
        publisher.renew(YEAR + 1, Dues.euros("450"), clock);
        Candidate nextYear = new Candidate(publisher, publishing, true, YEAR + 1);
        assertThat(policy.assess(nextYear).refusal().orElseThrow().reason())
                .endsWith("is not an active member in 2026 (its membership is ADMITTED)");
    }

    @Test
    void shouldAdmitEveryMemberWhenOpenToAll() {
        assertThat(EligibilityRules.anyone().assess(candidate(operator, false)).isEligible()).isTrue();
    }

    @Test
    void shouldRequireEveryRuleOfAnAllAndNameTheFirstOneNotMet() {
        EligibilityPolicy growth = allOf(sector(publishing, itServices), sizeBetween(10, 249), charterSigned(),
                activeMembership());

        assertThat(growth.assess(candidate(publisher, true)).isEligible()).isTrue();
        assertThat(growth.assess(candidate(publisher, false)).refusal().orElseThrow().policy())
                .isEqualTo("charter signed");
        assertThat(growth.assess(candidate(consultancy, false)).refusal().orElseThrow().policy())
                .isEqualTo("size 10-249 employees");
        assertThat(growth.assess(candidate(operator, true)).refusal().orElseThrow().policy())
                .isEqualTo("sector Software publishing or IT services and consulting");
        assertThat(growth.name()).isEqualTo("sector Software publishing or IT services and consulting and size"
                + " 10-249 employees and charter signed and active membership");
    }

    @Test
    void shouldAcceptAnyRuleOfAnAnyAndGiveEveryReasonWhenNoneIsMet() {
        EligibilityPolicy either = anyOf(sector(publishing), sizeFrom(250));

        assertThat(either.assess(candidate(publisher, true)).isEligible()).isTrue();
        assertThat(either.assess(candidate(operator, true)).isEligible()).isTrue();
        assertThat(either.assess(candidate(consultancy, true)).refusal()).contains(new EligibilityRefusal(
                "(sector Software publishing or size 250+ employees)", "Conseil Numérique (" + consultancy.id()
                        + ") is in sector IT services and consulting (NAF 62.02A); Conseil Numérique ("
                        + consultancy.id() + ") has 1-2 employees"));
    }

    @Test
    void shouldComposeWithAndAndOr() {
        EligibilityPolicy policy = sector(publishing).or(sizeFrom(250)).and(charterSigned());
        assertThat(policy).isEqualTo(allOf(anyOf(sector(publishing), sizeFrom(250)), charterSigned()));
        assertThat(policy.assess(candidate(operator, true)).isEligible()).isTrue();
        assertThat(policy.assess(candidate(operator, false)).refusal().orElseThrow().policy())
                .isEqualTo("charter signed");
        assertThat(policy.assess(candidate(consultancy, true)).refusal().orElseThrow().policy())
                .isEqualTo("(sector Software publishing or size 250+ employees)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"anyone", "charter-signed", "active-membership", "sector(software-publishing)",
        "size(10-249)", "size(250+)", "all(sector(software-publishing, it-services), size(1-249), charter-signed,"
                + " active-membership)", "any(all(sector(telecoms), size(250+)), charter-signed)"})
    void shouldReadBackTheTextFormOfEveryRule(String text) {
        EligibilityPolicy policy = EligibilityRules.parse(text, sectors);
        assertThat(policy.expression()).isEqualTo(text);
        assertThat(EligibilityRules.parse(policy.expression(), sectors)).isEqualTo(policy);
    }

    @Test
    void shouldReadTextWrittenLooselyAndRefuseTextThatIsNotARule() {
        assertThat(EligibilityRules.parse("  all( sector( software-publishing ) ,charter-signed )  ", sectors))
                .isEqualTo(allOf(sector(publishing), charterSigned()));
        assertThatThrownBy(() -> EligibilityRules.parse("sector(games)", sectors))
                .isInstanceOf(ProgrammeRefusedException.class)
                .hasMessageStartingWith("Eligibility rule \"sector(games)\" is not valid at character 8: unknown"
                        + " sector family 'games' (known: business-services, digital-content,");
        assertThatThrownBy(() -> EligibilityRules.parse("all(charter-signed", sectors))
                .hasMessage("Eligibility rule \"all(charter-signed\" is not valid at character 19: ')' is expected at"
                        + " the end");
        assertThatThrownBy(() -> EligibilityRules.parse("all(charter-signed)", sectors))
                .hasMessageContaining("'all' combines at least two rules");
        assertThatThrownBy(() -> EligibilityRules.parse("size(big)", sectors))
                .hasMessageContaining("a size is written size(10-249) or size(10+)");
        assertThatThrownBy(() -> EligibilityRules.parse("members-only", sectors))
                .hasMessageContaining("unknown rule 'members-only'");
        assertThatThrownBy(() -> EligibilityRules.parse("anyone anyone", sectors))
                .hasMessageContaining("unexpected 'a'");
        assertThatThrownBy(() -> EligibilityRules.parse(" ", sectors))
                .hasMessage("An eligibility rule is needed; write \"anyone\" for every member");
    }
}
