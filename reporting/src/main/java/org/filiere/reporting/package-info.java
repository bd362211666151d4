/**
 * The activity report as its readers get it: one self-contained XHTML file (Pebble template, styles inline, charts
 * drawn by JFreeChart as inline SVG through JFreeSVG), the PDF made from that same file (openhtmltopdf), and every
 * figure in CSV and JSON for funders who key them into their own systems.
 */
package org.filiere.reporting;
