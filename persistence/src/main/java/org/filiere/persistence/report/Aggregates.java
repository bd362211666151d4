package org.filiere.persistence.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Runs the report's aggregate queries (native SQL written for both Derby and PostgreSQL) in the current unit of
 * work, and reads their numbers whatever type each database gives them.
 */
final class Aggregates {

    private final EntityManager em;

    Aggregates(EntityManager em) {
        this.em = em;
    }

    /** The one row of an aggregate query without GROUP BY. */
    Object[] row(String sql, Object... parameters) {
        List<Object[]> rows = rows(sql, parameters);
        return rows.isEmpty() ? new Object[0] : rows.get(0);
    }

    /** The number of a one-column aggregate query without GROUP BY; zero over no row. */
    BigDecimal number(String sql, Object... parameters) {
        Object[] row = row(sql, parameters);
        return row.length == 0 ? BigDecimal.ZERO : number(row[0]);
    }

    /** Every row of a query, each as an array of its columns. */
    List<Object[]> rows(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<?> result = query.getResultList();
        List<Object[]> rows = new ArrayList<>(result.size());
        for (Object r : result) {
            rows.add(r instanceof Object[] columns ? columns : new Object[] {r});
        }
        return rows;
    }

    /** A column's number: zero for the NULL that SUM gives over no row. */
    static BigDecimal number(Object column) {
        if (column == null) {
            return BigDecimal.ZERO;
        }
        if (column instanceof BigDecimal d) {
            return d;
        }
        if (column instanceof Number n && (n instanceof Double || n instanceof Float)) {
            return BigDecimal.valueOf(n.doubleValue());
        }
        if (column instanceof Number n) {
            return BigDecimal.valueOf(n.longValue());
        }
        throw new IllegalStateException("A figure query gave " + column.getClass().getName() + " where a number was due");
    }

    static long count(Object column) {
        return number(column).longValueExact();
    }
}
