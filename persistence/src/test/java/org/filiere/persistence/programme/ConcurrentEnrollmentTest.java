package org.filiere.persistence.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.filiere.access.Actor;
import org.filiere.fixtures.Fixtures;
import org.filiere.kernel.StaleDataException;
import org.filiere.member.MemberId;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipCommands.RecordDuesPayment;
import org.filiere.member.application.MembershipService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.programme.EnrollmentStatus;
import org.filiere.programme.PartnerContact;
import org.filiere.programme.PartnerId;
import org.filiere.programme.PartnerProgrammeId;
import org.filiere.programme.PartnerType;
import org.filiere.programme.ProgrammeRefusedException;
import org.filiere.programme.application.PartnerService;
import org.filiere.programme.application.ProgrammeCommands.AcceptEnrollment;
import org.filiere.programme.application.ProgrammeCommands.ApplyToProgramme;
import org.filiere.programme.application.ProgrammeCommands.LaunchProgramme;
import org.filiere.programme.application.ProgrammeCommands.RegisterPartner;
import org.filiere.programme.application.ProgrammeService;
import org.filiere.wiring.CoreProducers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Staff accepting members for the last place of a programme at the same moment, on real threads. */
class ConcurrentEnrollmentTest {

    static Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    private final LocalDate today = LocalDate.now(CoreProducers.ASSOCIATION_ZONE);
    private final Actor staff = aStaffMember();

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldNeverAcceptMoreMembersThanPlacesWhenStaffAcceptAtTheSameMoment(TestDatabase database)
            throws Exception {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            MembershipService memberships = filiere.get(MembershipService.class);
            ProgrammeService programmes = filiere.get(ProgrammeService.class);
            List<MemberId> applicants = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                MemberId id = memberships.apply(anApplication(Fixtures.SIRETS[i], "Publisher " + i, today.getYear()));
                memberships.admit(new AdmitMember(staff, id, today.getYear()));
                memberships.recordDuesPayment(new RecordDuesPayment(staff, id, today.getYear(), today));
                applicants.add(id);
            }
            PartnerId partner = filiere.get(PartnerService.class).register(new RegisterPartner(staff,
                    "Cluster des éditeurs de logiciels", PartnerType.CLUSTER, new PartnerContact("Julie Bernard", "",
                            "")));
            PartnerProgrammeId programme = programmes.launch(new LaunchProgramme(staff, partner,
                    "Growth programme", today, today.plusDays(90), 2, programmes.eligibility("active-membership")));
            applicants.forEach(m -> programmes.apply(new ApplyToProgramme(staff, programme, m)));
            programmes.accept(new AcceptEnrollment(staff, programme, applicants.get(0)));

            CyclicBarrier together = new CyclicBarrier(3);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Future<String>> outcomes = new ArrayList<>();
            for (MemberId applicant : applicants.subList(1, 4)) {
                outcomes.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    try {
                        programmes.accept(new AcceptEnrollment(staff, programme, applicant));
                        return "accepted";
                    } catch (StaleDataException e) {
                        return "stale";
                    } catch (ProgrammeRefusedException e) {
                        return "full";
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            pool.shutdown();

            assertThat(results).filteredOn("accepted"::equals).hasSize(1);
            assertThat(results).filteredOn(r -> !r.equals("accepted")).hasSize(2).allMatch(r -> r.equals("stale")
                    || r.equals("full"));
            var stored = programmes.programme(programme).orElseThrow();
            assertThat(stored.enrollments(EnrollmentStatus.ACCEPTED)).hasSize(2);
            assertThat(stored.enrollments(EnrollmentStatus.APPLIED)).hasSize(2);
            assertThat(stored.placesLeft()).isZero();
        }
    }
}
