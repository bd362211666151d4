/**
 * Application services for projects: calls for projects and proposals, the labelling committee's sessions
 * (panel, agenda, recusals, scores, decisions), the follow-up of labelled projects and the pipeline figures; the
 * committee rules come from configuration.
 */
package org.filiere.project.application;
