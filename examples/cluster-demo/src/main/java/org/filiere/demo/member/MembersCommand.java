package org.filiere.demo.member;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.filiere.charter.application.CharterService;
import org.filiere.demo.ClusterDemo;
import org.filiere.demo.DemoCluster;
import org.filiere.demo.DemoConverters.MemberIdConverter;
import org.filiere.member.Establishment;
import org.filiere.member.MemberId;
import org.filiere.member.MemberQuery;
import org.filiere.member.Membership;
import org.filiere.member.MembershipStatus;
import org.filiere.member.NafNomenclature;
import org.filiere.member.SectorFamilies;
import org.filiere.member.SectorFamily;
import org.filiere.member.UnknownMemberException;
import org.filiere.member.application.MemberDirectory;
import org.filiere.member.application.MemberView;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists members by criteria, or shows one. */
@Command(name = "members", description = "List or show members.", subcommands = {MembersCommand.ListMembers.class,
    MembersCommand.ShowMember.class})
public class MembersCommand {

    @ParentCommand
    ClusterDemo demo;

    /** {@code members list}. */
    @Command(name = "list", description = "List members, optionally by year, status, sector, department or commune.")
    static class ListMembers implements Callable<Integer> {

        @ParentCommand
        MembersCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--year", description = "Membership year (default: this year).")
        Integer year;

        @Option(names = "--status", description = "Status in that year: ${COMPLETION-CANDIDATES}.")
        MembershipStatus status;

        @Option(names = "--sector", description = "Sector family key (it-services, software-publishing, ...).")
        String sector;

        @Option(names = "--department", description = "Department, such as 38.")
        String department;

        @Option(names = "--commune", description = "INSEE code of the commune, such as 38185.")
        String commune;

        @Override
        public Integer call() {
            PrintStream out = parent.demo.out();
            try (DemoCluster cluster = parent.demo.open()) {
                int y = year == null ? cluster.currentYear() : year;
                MemberQuery query = MemberQuery.all().inYear(y);
                if (status != null) {
                    query = query.withStatus(status);
                }
                if (department != null) {
                    query = query.inDepartment(department);
                }
                if (commune != null) {
                    query = query.inCommune(commune);
                }
                if (sector != null) {
                    SectorFamilies families = cluster.get(SectorFamilies.class);
                    SectorFamily family = families.family(sector).orElseThrow(() -> new ParameterException(
                            spec.commandLine(), "Unknown sector family '" + sector + "'; known: "
                                    + families.all().stream().map(SectorFamily::key).toList()));
                    query = query.withActivities(families.codesOf(family, cluster.get(NafNomenclature.class)));
                }
                List<MemberView> members = cluster.get(MemberDirectory.class).find(query);
                for (MemberView m : members) {
                    out.printf("%s  %-34s %-7s %-28s %-24s %s%n", m.id().siren().formatted(), m.name(),
                            m.activity().code(), m.sector().label(), m.address().commune(),
                            m.memberships().stream().filter(ms -> ms.year() == y).findFirst()
                                    .map(Membership::status).map(Enum::name).orElse(""));
                }
                out.printf("%d member(s)%n", members.size());
            }
            return 0;
        }
    }

    /** {@code members show SIREN}. */
    @Command(name = "show", description = "Show one member.")
    static class ShowMember implements Callable<Integer> {

        @ParentCommand
        MembersCommand parent;

        @Parameters(paramLabel = "SIREN", converter = MemberIdConverter.class, description = "The member's SIREN.")
        MemberId id;

        @Override
        public Integer call() {
            PrintStream out = parent.demo.out();
            try (DemoCluster cluster = parent.demo.open()) {
                Optional<MemberView> found = cluster.get(MemberDirectory.class).member(id);
                MemberView m = found.orElseThrow(() -> new UnknownMemberException(id));
                out.printf("%s (SIREN %s)%n", m.name(), m.id().siren().formatted());
                out.printf("  activity   %s %s (%s)%n", m.activity().code(), m.activity().label(), m.sector().label());
                out.printf("  address    %s, department %s%n", m.address(), m.address().department());
                out.printf("  size       %s%n", m.sizeBand().label());
                for (Establishment e : m.establishments()) {
                    out.printf("  site       %s %s%s%n", e.siret().formatted(), e.address(),
                            e.headOffice() ? " (head office)" : "");
                }
                for (Membership ms : m.memberships()) {
                    out.printf("  %d       %-9s dues %s%s%n", ms.year(), ms.status(), ms.dues(),
                            ms.paidOn().map(d -> ", paid " + d).orElse(", unpaid"));
                }
                out.printf("  charter    %s%n", cluster.get(CharterService.class).hasSignedCurrent(id)
                        ? "signed (version in force)" : "not signed");
            }
            return 0;
        }
    }
}
