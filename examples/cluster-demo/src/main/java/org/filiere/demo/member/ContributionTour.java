package org.filiere.demo.member;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.filiere.demo.DemoCluster;
import org.filiere.demo.DemoData;
import org.filiere.demo.TourStep;
import org.filiere.member.ContributionKind;
import org.filiere.member.MemberQuery;
import org.filiere.member.MembershipStatus;
import org.filiere.member.application.ContributionFigures;
import org.filiere.member.application.ContributionService;
import org.filiere.member.application.MemberDirectory;
import org.filiere.member.application.MemberView;

/** The days members give to the cluster's work: committee seats, working groups, speaking, hosting. */
public class ContributionTour implements TourStep {

    private static final ContributionKind[] KINDS = {ContributionKind.COMMITTEE_SEAT, ContributionKind.WORKING_GROUP,
        ContributionKind.WORKING_GROUP, ContributionKind.TRAINING_SPEAKER, ContributionKind.EVENT_HOST,
        ContributionKind.EVENT_SPEAKER, ContributionKind.MENTORING};
    private static final String[] WHAT = {"Comité de labellisation", "Groupe de travail cybersécurité",
        "Groupe de travail IA", "Intervention en formation", "Accueil d'un Them@", "Intervention Tic Exchange",
        "Parrainage d'un projet"};

    @Override
    public boolean isLoaded(DemoCluster cluster) {
        return cluster.get(ContributionService.class).figures(cluster.currentYear()).totalDays().signum() > 0;
    }

    @Override
    public void populate(DemoCluster cluster, DemoData data) {
        ContributionService service = cluster.get(ContributionService.class);
        for (int year : new int[] {data.year() - 1, data.year()}) {
            var members = cluster.get(MemberDirectory.class).find(MemberQuery.all().inYear(year)
                    .withStatus(MembershipStatus.ADMITTED, MembershipStatus.ACTIVE));
            for (MemberView member : members) {
                cluster.inOneTransaction(() -> contribute(cluster, service, data, year, member));
            }
        }
    }

    /** One member's contributions of one year, recorded together. */
    private static void contribute(DemoCluster cluster, ContributionService service, DemoData data, int year,
            MemberView member) {
        double target = -Math.log(1 - data.random().nextDouble()) * 6.3;
        double given = 0;
        while (given < target - 0.25) {
            int k = data.random().nextInt(KINDS.length);
            double days = Math.min(Math.max(0.5, Math.round(Math.min(3, target - given) * 2) / 2.0), 3);
            LocalDate on = LocalDate.of(year, 1, 15).plusDays(data.random().nextInt(330));
            if (on.isAfter(cluster.today())) {
                on = cluster.today();
            }
            service.record(cluster.actor(), member.id(), on, KINDS[k], BigDecimal.valueOf(days), WHAT[k]);
            given += days;
        }
    }

    @Override
    public void report(DemoCluster cluster, PrintStream out) {
        ContributionFigures f = cluster.get(ContributionService.class).figures(cluster.currentYear());
        out.printf("Contributions in %d: %s days given by %d of %d members, %s days per member on average%n", f.year(),
                f.totalDays().stripTrailingZeros().toPlainString(), f.contributors(), f.members(),
                f.averageDaysPerMember().toPlainString());
    }
}
