/** The application services of the activity report: building it, and keeping the funders' indicator targets. */
package org.filiere.report.application;
