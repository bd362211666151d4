/**
 * Collective projects: calls for projects with their weighted evaluation criteria, projects from their proposal
 * by a holder member and partner members through the labelling committee (recusal for conflicts of interest,
 * scoring, quorum and the decision rule) to experimentation, prototyping and completion, with their project
 * officer, follow-up notes and milestones.
 */
package org.filiere.project;
