package org.filiere.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReportRulesTest {

    private static IndicatorTarget target(Comparison comparison, String threshold) {
        return new IndicatorTarget(IndicatorTargetId.random(), "Région", "Convention 2025", MembersSection.ACTIVE, 2025,
                comparison, new BigDecimal(threshold), 0);
    }

    @Test
    void shouldMeetAnAtLeastTargetFromTheThresholdUp() {
        IndicatorTarget atLeast140 = target(Comparison.AT_LEAST, "140");

        assertThat(TargetAttainmentPolicy.isMet(atLeast140, Optional.of(new BigDecimal("140")))).isTrue();
        assertThat(TargetAttainmentPolicy.isMet(atLeast140, Optional.of(new BigDecimal("152")))).isTrue();
        assertThat(TargetAttainmentPolicy.isMet(atLeast140, Optional.of(new BigDecimal("139.9")))).isFalse();
    }

    @Test
    void shouldMeetAnAtMostTargetUpToTheThreshold() {
        IndicatorTarget atMost70 = target(Comparison.AT_MOST, "70");

        assertThat(TargetAttainmentPolicy.isMet(atMost70, Optional.of(new BigDecimal("70.0")))).isTrue();
        assertThat(TargetAttainmentPolicy.isMet(atMost70, Optional.of(new BigDecimal("70.1")))).isFalse();
    }

    @Test
    void shouldNotMeetATargetWhenTheFigureHasNoValue() {
        assertThat(TargetAttainmentPolicy.isMet(target(Comparison.AT_MOST, "70"), Optional.empty())).isFalse();
    }

    @Test
    void shouldRefuseATargetWithoutFunderNamingTheField() {
        assertThatThrownBy(() -> new IndicatorTarget(IndicatorTargetId.random(), " ", "", MembersSection.ACTIVE, 2025,
                Comparison.AT_LEAST, BigDecimal.TEN, 0))
                .isInstanceOf(IndicatorTargetRefusedException.class)
                .hasMessage("Indicator target on members.active for 2025: its funder is missing");
    }

    @Test
    void shouldRefuseANegativeThreshold() {
        assertThatThrownBy(() -> target(Comparison.AT_LEAST, "-1"))
                .isInstanceOf(IndicatorTargetRefusedException.class)
                .hasMessageContaining("its threshold is -1");
    }

    @Test
    void shouldRoundSharesAndAveragesHalfUpAndGiveNothingOverZero() {
        assertThat(Unit.percent(2, 3)).contains(new BigDecimal("66.7"));
        assertThat(Unit.percent(1, 0)).isEmpty();
        assertThat(Unit.DAYS.average(new BigDecimal("10.0"), 4)).contains(new BigDecimal("2.5"));
        assertThat(Unit.SCORE.average(new BigDecimal("13"), 3)).contains(new BigDecimal("4.33"));
        assertThat(Unit.DAYS.average(BigDecimal.ONE, 0)).isEmpty();
    }
}
