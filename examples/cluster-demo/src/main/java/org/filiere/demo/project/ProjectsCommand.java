package org.filiere.demo.project;

import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.member.MemberQuery;
import org.filiere.member.application.MemberDirectory;
import org.filiere.member.application.MemberView;
import org.filiere.project.Project;
import org.filiere.project.ProjectState;
import org.filiere.project.application.OverdueMilestone;
import org.filiere.project.application.ProjectFollowUpService;
import org.filiere.project.application.ProposalService;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Lists projects by state, or the milestones of labelled projects that are overdue. */
@Command(name = "projects", description = "List projects, or the overdue milestones of labelled projects.",
        subcommands = {ProjectsCommand.ListProjects.class, ProjectsCommand.Overdue.class})
public class ProjectsCommand {

    @ParentCommand
    ClusterDemo demo;

    /** {@code projects list}. */
    @Command(name = "list", description = "List projects, optionally in one state.")
    static class ListProjects implements Callable<Integer> {

        @ParentCommand
        ProjectsCommand parent;

        @Option(names = "--state", description = "Only projects in this state: ${COMPLETION-CANDIDATES}.")
        ProjectState state;

        @Override
        public Integer call() {
            PrintStream out = parent.demo.out();
            try (DemoCluster cluster = parent.demo.open()) {
                Map<String, String> names = cluster.get(MemberDirectory.class).find(MemberQuery.all()).stream()
                        .collect(Collectors.toMap(m -> m.id().value(), MemberView::name, (a, b) -> a));
                ProposalService proposals = cluster.get(ProposalService.class);
                List<Project> projects = (state == null ? EnumSet.allOf(ProjectState.class) : EnumSet.of(state))
                        .stream().flatMap(s -> proposals.inState(s).stream()).toList();
                for (Project p : projects) {
                    out.printf("%-13s %-16s %-44s %s%s%n",
                            p.label().map(l -> l.number().toString()).orElse("-"), p.state().label(), p.title(),
                            names.getOrDefault(p.holder().value(), p.holder().value()),
                            p.officer().map(o -> " (officer " + o + ")").orElse(""));
                }
                out.printf("%d project(s)%n", projects.size());
            }
            return 0;
        }
    }

    /** {@code projects overdue}. */
    @Command(name = "overdue", description = "List the milestones of labelled projects that are past due.")
    static class Overdue implements Callable<Integer> {

        @ParentCommand
        ProjectsCommand parent;

        @Override
        public Integer call() {
            PrintStream out = parent.demo.out();
            try (DemoCluster cluster = parent.demo.open()) {
                List<OverdueMilestone> overdue = cluster.get(ProjectFollowUpService.class)
                        .overdueMilestones(cluster.actor(), cluster.today());
                Function<OverdueMilestone, String> officer = o -> o.officer().orElse("no officer");
                for (OverdueMilestone o : overdue) {
                    out.printf("%s %s: \"%s\" was due on %s (%d days late; %s)%n", o.labelNumber(), o.projectTitle(),
                            o.milestone().title(), o.milestone().dueOn(), o.daysLate(), officer.apply(o));
                }
                out.printf("%d overdue milestone(s)%n", overdue.size());
            }
            return 0;
        }
    }
}
