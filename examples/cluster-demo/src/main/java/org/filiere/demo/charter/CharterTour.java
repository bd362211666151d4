package org.filiere.demo.charter;

import java.io.PrintStream;
import java.time.LocalDate;

import org.filiere.charter.application.CharterService;
import org.filiere.charter.application.SignatureRate;
import org.filiere.demo.DemoCluster;
import org.filiere.demo.DemoData;
import org.filiere.demo.TourStep;
import org.filiere.member.MemberQuery;
import org.filiere.member.MembershipStatus;
import org.filiere.member.application.MemberDirectory;
import org.filiere.member.application.MemberView;

/** The Charter of Good Practices, in force since last year and signed by most members. */
public class CharterTour implements TourStep {

    static final String TEXT = """
            1. Les adhérents s'engagent à une prospection commerciale loyale et transparente.
            2. Ils respectent les engagements pris envers leurs clients, délais et prix compris.
            3. Ils ne dénigrent ni concurrents ni partenaires.
            4. Ils protègent les données de leurs clients et de leurs salariés.
            5. Ils signalent à l'association tout manquement constaté.""";

    @Override
    public boolean isLoaded(DemoCluster cluster) {
        return cluster.get(CharterService.class).current().isPresent();
    }

    @Override
    public void populate(DemoCluster cluster, DemoData data) {
        CharterService charter = cluster.get(CharterService.class);
        charter.publish(cluster.director(), "Charte des Bonnes Pratiques", TEXT, LocalDate.of(data.year() - 1, 1, 1));
        for (MemberView member : cluster.get(MemberDirectory.class).find(MemberQuery.all().inYear(data.year())
                .withStatus(MembershipStatus.ADMITTED, MembershipStatus.ACTIVE))) {
            if (data.random().nextInt(100) < 88) {
                charter.sign(cluster.actor(), member.id(), "Direction de " + member.name(), "Dirigeant(e)");
            }
        }
    }

    @Override
    public void report(DemoCluster cluster, PrintStream out) {
        CharterService charter = cluster.get(CharterService.class);
        SignatureRate rate = charter.signatureRate(cluster.actor(), cluster.currentYear());
        out.printf("Charter of Good Practices: version %d in force, signed by %d of %d active members (%s %%)%n",
                rate.charterVersion(), rate.signatories(), rate.activeMembers(), rate.percent().toPlainString());
    }
}
