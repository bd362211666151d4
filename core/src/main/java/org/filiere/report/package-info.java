/**
 * The activity report funders read: each feature contributes a section of figures ({@link
 * org.filiere.report.SectionFigures}, computed by the storage with aggregate queries), each figure is given for the
 * report year and the year before, and the indicator targets of funders' agreements say which figures met their
 * target. The report model knows no output format; rendering lives in the reporting module.
 */
package org.filiere.report;
