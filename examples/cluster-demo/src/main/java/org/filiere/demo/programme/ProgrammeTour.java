package org.filiere.demo.programme;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.filiere.access.Actor;
import org.filiere.demo.DemoCluster;
import org.filiere.demo.DemoData;
import org.filiere.demo.TourStep;
import org.filiere.member.MemberQuery;
import org.filiere.member.MembershipStatus;
import org.filiere.member.application.MemberDirectory;
import org.filiere.member.application.MemberView;
import org.filiere.programme.AgreementId;
import org.filiere.programme.Enrollment;
import org.filiere.programme.EnrollmentStatus;
import org.filiere.programme.PartnerContact;
import org.filiere.programme.PartnerId;
import org.filiere.programme.PartnerProgrammeId;
import org.filiere.programme.PartnerType;
import org.filiere.programme.ProgrammeRefusedException;
import org.filiere.programme.application.PartnerService;
import org.filiere.programme.application.ProgrammeCommands.AcceptEnrollment;
import org.filiere.programme.application.ProgrammeCommands.AddOutcomeNote;
import org.filiere.programme.application.ProgrammeCommands.ApplyToProgramme;
import org.filiere.programme.application.ProgrammeCommands.CompleteEnrollment;
import org.filiere.programme.application.ProgrammeCommands.DraftAgreement;
import org.filiere.programme.application.ProgrammeCommands.LaunchProgramme;
import org.filiere.programme.application.ProgrammeCommands.RegisterPartner;
import org.filiere.programme.application.ProgrammeCommands.SignAgreement;
import org.filiere.programme.application.ProgrammeFigures;
import org.filiere.programme.application.ProgrammeService;

/**
 * Partner organisations and two partner programmes: a growth programme for software publishers run with a
 * publishers' cluster, and a sustainable-development pilot run with a resource centre, each with its eligibility
 * rules, places and enrollments.
 */
public class ProgrammeTour implements TourStep {

    /** The growth programme: software publishers and IT services of 3 to 249 people who signed the charter. */
    static final String GROWTH_RULES = "all(sector(software-publishing, it-services), size(3-249), charter-signed)";

    /** The pilot: paid-up members with at least 10 people, or smaller ones that signed the charter. */
    static final String PILOT_RULES = "all(active-membership, any(size(10+), charter-signed))";

    @Override
    public boolean isLoaded(DemoCluster cluster) {
        return !cluster.get(ProgrammeService.class).programmes().isEmpty();
    }

    @Override
    public void populate(DemoCluster cluster, DemoData data) {
        PartnerService partners = cluster.get(PartnerService.class);
        ProgrammeService programmes = cluster.get(ProgrammeService.class);
        Actor staff = cluster.actor();
        LocalDate today = cluster.today();

        PartnerId publishers = partners.register(new RegisterPartner(staff, "Cluster des éditeurs de logiciels"
                + " Auvergne-Rhône-Alpes", PartnerType.CLUSTER, new PartnerContact("Mathilde Fabre",
                        "mathilde.fabre@editeurs-aura.example", "04 72 00 00 01")));
        PartnerId centre = partners.register(new RegisterPartner(staff, "Centre de ressources en développement"
                + " durable de l'Isère", PartnerType.OTHER, new PartnerContact("Romain Giraud",
                        "romain.giraud@crdd38.example", "04 76 00 00 02")));
        PartnerId pole = partners.register(new RegisterPartner(staff, "Pôle de compétitivité Alpes Numérique",
                PartnerType.COMPETITIVENESS_CLUSTER, new PartnerContact("Sébastien Noël", "", "04 76 00 00 03")));
        partners.register(new RegisterPartner(staff, "École supérieure d'art et design de Saint-Étienne",
                PartnerType.SCHOOL, new PartnerContact("Nadia Chaouch", "", "")));
        partners.register(new RegisterPartner(staff, "Conseil départemental de la Loire", PartnerType.FUNDER,
                new PartnerContact("Service économie", "", "")));
        sign(partners, cluster, publishers, "Programme croissance éditeurs", today.minusDays(200),
                today.minusDays(180));
        sign(partners, cluster, centre, "Pilote développement durable", today.minusDays(120), today.minusDays(100));
        partners.draftAgreement(new DraftAgreement(staff, pole, "Labellisation croisée des projets", today.plusDays(30),
                Optional.empty()));

        PartnerProgrammeId growth = programmes.launch(new LaunchProgramme(staff, publishers,
                "Programme croissance éditeurs de logiciels", today.minusDays(30), today.plusDays(240), 12,
                programmes.eligibility(GROWTH_RULES)));
        PartnerProgrammeId pilot = programmes.launch(new LaunchProgramme(staff, centre,
                "Pilote développement durable", today.minusDays(90), today.plusDays(120), 8,
                programmes.eligibility(PILOT_RULES)));

        List<MemberView> members = new ArrayList<>(cluster.get(MemberDirectory.class).find(MemberQuery.all()
                .inYear(data.year()).withStatus(MembershipStatus.ADMITTED, MembershipStatus.ACTIVE)));
        Collections.shuffle(members, data.random());
        enroll(programmes, staff, growth, members.subList(0, 24));
        enroll(programmes, staff, pilot, members.subList(24, 38));
        List<Enrollment> accepted = programmes.programme(pilot).orElseThrow().enrollments(EnrollmentStatus.ACCEPTED);
        for (Enrollment e : accepted.subList(0, Math.min(3, accepted.size()))) {
            programmes.addOutcomeNote(new AddOutcomeNote(staff, pilot, e.memberId(), "Bilan carbone réalisé"));
            programmes.complete(new CompleteEnrollment(staff, pilot, e.memberId(),
                    "Plan d'action énergie adopté par la direction"));
        }
    }

    private static void sign(PartnerService partners, DemoCluster cluster, PartnerId partner, String subject,
            LocalDate startsOn, LocalDate signedOn) {
        AgreementId agreement = partners.draftAgreement(new DraftAgreement(cluster.actor(), partner, subject, startsOn,
                Optional.of(startsOn.plusYears(3))));
        partners.sign(new SignAgreement(cluster.director(), agreement, signedOn));
    }

    /** Members apply; staff accept eligible ones while places are left. */
    private static void enroll(ProgrammeService programmes, Actor staff, PartnerProgrammeId programme,
            List<MemberView> applicants) {
        for (MemberView member : applicants) {
            Enrollment enrollment = programmes.apply(new ApplyToProgramme(staff, programme, member.id()));
            if (enrollment.status() == EnrollmentStatus.APPLIED
                    && programmes.programme(programme).orElseThrow().placesLeft() > 0) {
                try {
                    programmes.accept(new AcceptEnrollment(staff, programme, member.id()));
                } catch (ProgrammeRefusedException full) {
                    return;
                }
            }
        }
    }

    @Override
    public void report(DemoCluster cluster, PrintStream out) {
        PartnerService partners = cluster.get(PartnerService.class);
        out.printf("Partner organisations: %d; cooperation agreements in force: %d%n", partners.partners().size(),
                partners.inForce(cluster.today()).size());
        out.printf("Partner programmes in %d:%n", cluster.currentYear());
        for (ProgrammeFigures f : cluster.get(ProgrammeService.class).figures(cluster.currentYear())) {
            out.printf("  %s, with %s (%s to %s)%n", f.title(), f.partner(), f.startsOn(), f.endsOn());
            out.printf("    places %d, taken %d; applied %d, accepted %d, completed %d, refused %d%n", f.places(),
                    f.places() - f.placesLeft(), f.applied(), f.accepted(), f.completed(), f.refused());
            if (!f.refusalsByRule().isEmpty()) {
                out.printf("    refused by rule: %s%n", f.refusalsByRule().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
            }
        }
    }
}
