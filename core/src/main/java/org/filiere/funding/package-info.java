/**
 * The association's money, year by year: income lines (public subsidies by funder and agreement, paid services,
 * sponsorship) and expense lines by activity, as staff type them for the activity report. Dues are not typed: the
 * report computes them from the memberships.
 */
package org.filiere.funding;
