package org.filiere.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class FundingRulesTest {

    private static IncomeLine anIncomeLine(IncomeSource source, String amount) {
        return new IncomeLine(IncomeLineId.random(), 2025, "Région Auvergne-Rhône-Alpes", "Convention 2025-2027",
                source, new BigDecimal(amount), 0);
    }

    @Test
    void shouldRefuseDuesTypedAsAnIncomeLine() {
        assertThatThrownBy(() -> anIncomeLine(IncomeSource.DUES, "1000"))
                .isInstanceOf(FundingRefusedException.class)
                .hasMessage("Income line of 2025 from Région Auvergne-Rhône-Alpes: its source cannot be dues:"
                        + " dues income is computed from the members' paid dues");
    }

    @Test
    void shouldRefuseANothingAmountAndThreeDecimals() {
        assertThatThrownBy(() -> anIncomeLine(IncomeSource.PUBLIC_SUBSIDY, "0"))
                .hasMessageContaining("its amount is 0 EUR; a line is more than zero euros");
        assertThatThrownBy(() -> new ExpenseLine(ExpenseLineId.random(), 2025, ExpenseActivity.TRAINING, "Salles",
                new BigDecimal("10.123"), 0))
                .isInstanceOf(FundingRefusedException.class)
                .hasMessage("Expense line of 2025 for training: its amount is 10.123 EUR; an amount in euros has at"
                        + " most two decimals");
    }

    @Test
    void shouldRefuseAnExpenseWithoutActivity() {
        assertThatThrownBy(() -> new ExpenseLine(ExpenseLineId.random(), 2025, null, "", BigDecimal.TEN, 0))
                .hasMessage("Expense line of 2025: its activity is missing");
    }

    @Test
    void shouldKeepAmountsWithTwoDecimals() {
        assertThat(anIncomeLine(IncomeSource.SPONSORSHIP, "1500").amount()).isEqualByComparingTo("1500")
                .hasToString("1500.00");
        assertThat(IncomeSource.PUBLIC_SUBSIDY.isPublic()).isTrue();
        assertThat(IncomeSource.SPONSORSHIP.isPublic()).isFalse();
    }
}
