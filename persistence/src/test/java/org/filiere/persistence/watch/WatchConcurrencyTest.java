package org.filiere.persistence.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.filiere.fixtures.Fixtures;
import org.filiere.fixtures.RecordingDigestMailer;
import org.filiere.fixtures.WatchFixtures;
import org.filiere.kernel.BusinessRefusal;
import org.filiere.member.MemberId;
import org.filiere.member.application.MembershipService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.persistence.Transactions;
import org.filiere.watch.Digest;
import org.filiere.watch.DigestEntry;
import org.filiere.watch.Digests;
import org.filiere.watch.WatchWeek;
import org.filiere.watch.application.DigestService;
import org.filiere.watch.application.TenderService;
import org.filiere.watch.application.WatchCommands.ComposeWeeklyDigests;
import org.filiere.watch.application.WatchCommands.SendDigest;
import org.filiere.watch.application.WatchProfileService;
import org.filiere.wiring.CoreProducers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Two staff members composing or sending the digests at the same moment: no tender twice, no mail twice. */
class WatchConcurrencyTest {

    static Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    private static MemberId aMemberWatchingSoftware(FiliereContainer filiere) {
        MemberId member = filiere.get(MembershipService.class).apply(anApplication(Fixtures.SIRETS[0],
                "Alpes Logiciels", LocalDate.now(CoreProducers.ASSOCIATION_ZONE).getYear()));
        filiere.get(WatchProfileService.class).setProfile(WatchFixtures.aProfile(aStaffMember(), member,
                List.of("logiciel"), List.of()));
        TenderService tenders = filiere.get(TenderService.class);
        for (int i = 1; i <= 5; i++) {
            tenders.receive(WatchFixtures.aNotice("L-" + i, "Logiciel numéro " + i, "", "48000000-8"));
        }
        return member;
    }

    /** Runs two tasks that start together; returns what each gave, or the refusal it met. */
    private static List<Object> together(Callable<Object> task) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> outcomes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            outcomes.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                try {
                    return task.call();
                } catch (BusinessRefusal refusal) {
                    return refusal;
                }
            }));
        }
        List<Object> results = new ArrayList<>();
        for (Future<Object> outcome : outcomes) {
            results.add(outcome.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        return results;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldPutEachTenderInOneDigestWhenTwoStaffComposeAtOnce(TestDatabase database) throws Exception {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            MemberId member = aMemberWatchingSoftware(filiere);
            DigestService digests = filiere.get(DigestService.class);
            WatchWeek week = WatchWeek.of(LocalDate.now(CoreProducers.ASSOCIATION_ZONE));

            List<Object> results = together(() -> digests.compose(new ComposeWeeklyDigests(aStaffMember(), week)));

            assertThat(results).filteredOn(r -> r instanceof List<?> l && !l.isEmpty()).hasSize(1);
            List<Digest> stored = digests.digests(member, week);
            assertThat(stored).hasSize(1);
            assertThat(stored.get(0).entries()).extracting(DigestEntry::tenderId).hasSize(5).doesNotHaveDuplicates();
            Transactions transactions = filiere.get(Transactions.class);
            assertThat(transactions.required(() -> filiere.get(Digests.class).deliveredTo(member))).hasSize(5);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldSendADigestOnceWhenTwoStaffSendItAtOnce(TestDatabase database) throws Exception {
        try (FiliereContainer filiere = FiliereContainer.start(database, RecordingDigestMailer.class)) {
            MemberId member = aMemberWatchingSoftware(filiere);
            DigestService digests = filiere.get(DigestService.class);
            Digest digest = digests.compose(new ComposeWeeklyDigests(aStaffMember(), WatchWeek.of(LocalDate.now(CoreProducers.ASSOCIATION_ZONE))))
                    .get(0);

            List<Object> results = together(() -> {
                digests.send(new SendDigest(aStaffMember(), digest.id()));
                return "sent";
            });

            assertThat(results).filteredOn("sent"::equals).hasSize(1);
            assertThat(results).filteredOn(r -> r instanceof BusinessRefusal).singleElement().asString()
                    .contains("already sent");
            assertThat(filiere.get(RecordingDigestMailer.class).sent()).singleElement()
                    .satisfies(d -> assertThat(d.memberId()).isEqualTo(member));
        }
    }
}
