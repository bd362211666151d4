package org.filiere.demo.member;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.filiere.access.Actor;
import org.filiere.demo.DemoCluster;
import org.filiere.demo.DemoData;
import org.filiere.demo.DemoData.Company;
import org.filiere.demo.TourStep;
import org.filiere.member.MemberId;
import org.filiere.member.MemberQuery;
import org.filiere.member.SectorFamily;
import org.filiere.member.application.ApplyForMembership;
import org.filiere.member.application.MemberDirectory;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipCommands.LapseUnrenewedMembers;
import org.filiere.member.application.MembershipCommands.RecordDuesPayment;
import org.filiere.member.application.MembershipCommands.RenewMembership;
import org.filiere.member.application.MembershipCommands.ResignMembership;
import org.filiere.member.application.MembershipFigures;
import org.filiere.member.application.MembershipService;

/**
 * Two years of memberships: about 130 companies last year, most of them renewing this year, a few resigning or
 * lapsing, and about 30 newcomers. What the staff does for one company at a time (its application, admission and
 * payment) is recorded in one transaction.
 */
public class MembershipTour implements TourStep {

    private static final int LAST_YEAR_MEMBERS = 128;
    private static final int NEWCOMERS = 29;

    @Override
    public boolean isLoaded(DemoCluster cluster) {
        return !cluster.get(MemberDirectory.class).find(MemberQuery.all()).isEmpty();
    }

    @Override
    public void populate(DemoCluster cluster, DemoData data) {
        MembershipService service = cluster.get(MembershipService.class);
        Actor staff = cluster.actor();
        int year = data.year();
        int lastYear = year - 1;
        Map<MemberId, Company> lastYearMembers = new LinkedHashMap<>();
        for (int i = 0; i < LAST_YEAR_MEMBERS; i++) {
            Company c = data.nextCompany();
            cluster.inOneTransaction(() -> {
                MemberId id = join(service, staff, c, lastYear);
                service.recordDuesPayment(new RecordDuesPayment(staff, id, lastYear, paymentDay(lastYear, data)));
                lastYearMembers.put(id, c);
            });
        }
        for (Map.Entry<MemberId, Company> member : lastYearMembers.entrySet()) {
            MemberId id = member.getKey();
            int draw = data.random().nextInt(100);
            if (draw < 96) {
                cluster.inOneTransaction(() -> {
                    service.renew(new RenewMembership(staff, id, year, member.getValue().dues()));
                    if (draw < 3) {
                        service.resign(new ResignMembership(staff, id, year, "Activity stopped"));
                    } else if (data.random().nextInt(100) < 97) {
                        service.recordDuesPayment(new RecordDuesPayment(staff, id, year, paymentDay(year, data)));
                    }
                });
            }
        }
        if (cluster.today().isAfter(LocalDate.of(year, 3, 31))) {
            service.lapseUnrenewed(new LapseUnrenewedMembers(staff, year));
        }
        for (int i = 0; i < NEWCOMERS; i++) {
            Company c = data.nextCompany();
            boolean applicant = i < 2;
            cluster.inOneTransaction(() -> {
                MemberId id = applicant ? service.apply(application(staff, c, year)) : join(service, staff, c, year);
                if (!applicant && data.random().nextInt(100) < 85) {
                    service.recordDuesPayment(new RecordDuesPayment(staff, id, year, paymentDay(year, data)));
                }
            });
        }
    }

    private static MemberId join(MembershipService service, Actor staff, Company c, int year) {
        MemberId id = service.apply(application(staff, c, year));
        service.admit(new AdmitMember(staff, id, year));
        return id;
    }

    private static ApplyForMembership application(Actor staff, Company c, int year) {
        return new ApplyForMembership(staff, c.name(), c.activity(), c.address(), c.sizeBand(), c.siret(), year, c.dues());
    }

    private static LocalDate paymentDay(int year, DemoData data) {
        return LocalDate.of(year, 1, 10).plusDays(data.random().nextInt(70));
    }

    @Override
    public void report(DemoCluster cluster, PrintStream out) {
        MembershipFigures f = cluster.get(MemberDirectory.class).figures(cluster.currentYear());
        out.printf("Members in %d: %d (%d in %d, growth %s)%n", f.year(), f.members(), f.previousMembers(),
                f.year() - 1, f.growthPercent().map(g -> (g.signum() >= 0 ? "+" : "") + g + " %").orElse("n/a"));
        out.printf("  by status: %s%n", f.byStatus());
        out.println("  by sector:");
        for (Map.Entry<SectorFamily, Long> e : f.bySector().entrySet()) {
            if (e.getValue() > 0) {
                out.printf("    %-32s %4d%n", e.getKey().label(), e.getValue());
            }
        }
        out.println("  by department:");
        f.byDepartment().forEach((d, n) -> out.printf("    %-32s %4d%n", d, n));
        out.println("  by commune:");
        f.byCommune().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.printf("    %-32s %4d%n", e.getKey(), e.getValue()));
        out.printf("Staff: %d (director %s)%n", DemoCluster.STAFF.size(), DemoCluster.STAFF.get(0).name());
    }
}
