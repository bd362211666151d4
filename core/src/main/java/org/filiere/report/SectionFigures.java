package org.filiere.report;

/**
 * A feature's part of the activity report: the definition of its section and its figures for a year. Each
 * implementation is a bean the report discovers, so that a feature brings its section without the report knowing
 * it; implementations compute every figure in the database with aggregate queries.
 */
public interface SectionFigures {

    /** The section's key, order, texts and figures. */
    SectionDefinition definition();

    /**
     * The section's figures for one calendar year (days counted in the association's time zone). A figure left
     * out, or given without a value, has no value that year (an average over nothing, say).
     */
    YearFigures of(int year);
}
