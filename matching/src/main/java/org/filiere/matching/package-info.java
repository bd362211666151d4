/**
 * The market watch's matching engine, on Apache Lucene: French analysis of tenders and profiles, watch profiles as
 * queries kept in Lucene's monitor, and a naive matcher (every pair, same analysis) to measure and check it against;
 * and the speed-meetings' suggestions ({@link org.filiere.matching.LuceneOfferMatcher}), with the same analysis.
 */
package org.filiere.matching;
