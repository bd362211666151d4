package org.filiere.project.application;

import java.util.Optional;

import org.filiere.project.LabelNumber;
import org.filiere.project.Milestone;
import org.filiere.project.ProjectId;

/**
 * A milestone of a labelled project past its due date and not reached.
 *
 * @param projectId    the project
 * @param projectTitle its title
 * @param labelNumber  its label number
 * @param officer      its project officer, if one is assigned
 * @param milestone    the milestone
 * @param daysLate     how many days past its due date it is
 */
public record OverdueMilestone(ProjectId projectId, String projectTitle, LabelNumber labelNumber,
        Optional<String> officer, Milestone milestone, long daysLate) {
}
