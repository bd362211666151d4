package org.filiere.persistence.report;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.filiere.funding.ExpenseActivity;
import org.filiere.funding.IncomeSource;
import org.filiere.persistence.Transactions;
import org.filiere.report.FundingSection;
import org.filiere.report.SectionDefinition;
import org.filiere.report.SectionFigures;
import org.filiere.report.Unit;
import org.filiere.report.YearFigures;

/**
 * The funding section, summed in the database: the year's income lines by source and by funder, the dues paid for
 * the year (from the memberships), and the expense lines by activity.
 */
@ApplicationScoped
public class JpaFundingFigures implements SectionFigures {

    private final Transactions transactions;

    @Inject
    public JpaFundingFigures(Transactions transactions) {
        this.transactions = transactions;
    }

    /** For the CDI container's proxies. */
    protected JpaFundingFigures() {
        this(null);
    }

    @Override
    public SectionDefinition definition() {
        return FundingSection.definition();
    }

    @Override
    public YearFigures of(int year) {
        Aggregates db = new Aggregates(transactions.entityManager());
        YearFigures f = new YearFigures(year);
        Map<IncomeSource, BigDecimal> income = new EnumMap<>(IncomeSource.class);
        for (IncomeSource source : IncomeSource.values()) {
            income.put(source, BigDecimal.ZERO);
        }
        for (Object[] r : db.rows("SELECT l.source, SUM(l.amount) FROM income_line l WHERE l.income_year = ?"
                + " GROUP BY l.source", year)) {
            income.put(IncomeSource.valueOf(((String) r[0]).strip()), Aggregates.number(r[1]));
        }
        BigDecimal dues = db.number("SELECT SUM(ms.dues) FROM membership ms WHERE ms.membership_year = ?"
                + " AND ms.paid_on IS NOT NULL", year);
        income.put(IncomeSource.DUES, dues);
        BigDecimal total = income.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        income.forEach((source, amount) -> f.row(FundingSection.INCOME_BY_SOURCE, source.name(), source.name(),
                amount));
        for (Object[] r : db.rows("SELECT l.funder, SUM(l.amount) FROM income_line l WHERE l.income_year = ?"
                + " GROUP BY l.funder ORDER BY 2 DESC, 1", year)) {
            f.row(FundingSection.INCOME_BY_FUNDER, (String) r[0], (String) r[0], Aggregates.number(r[1]));
        }
        Map<ExpenseActivity, BigDecimal> expenses = new EnumMap<>(ExpenseActivity.class);
        for (ExpenseActivity activity : ExpenseActivity.values()) {
            expenses.put(activity, BigDecimal.ZERO);
        }
        for (Object[] r : db.rows("SELECT l.activity, SUM(l.amount) FROM expense_line l WHERE l.expense_year = ?"
                + " GROUP BY l.activity", year)) {
            expenses.put(ExpenseActivity.valueOf(((String) r[0]).strip()), Aggregates.number(r[1]));
        }
        BigDecimal spent = expenses.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        expenses.forEach((activity, amount) -> f.row(FundingSection.EXPENSES_BY_ACTIVITY, activity.name(),
                activity.name(), amount));
        f.put(FundingSection.INCOME_TOTAL, total);
        f.put(FundingSection.DUES_INCOME, dues);
        f.put(FundingSection.PUBLIC_SHARE, Unit.percent(income.get(IncomeSource.PUBLIC_SUBSIDY), total));
        f.put(FundingSection.EXPENSES_TOTAL, spent);
        f.put(FundingSection.BALANCE, total.subtract(spent));
        return f;
    }
}
