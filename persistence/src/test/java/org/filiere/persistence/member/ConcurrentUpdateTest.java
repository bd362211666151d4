package org.filiere.persistence.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.filiere.fixtures.Fixtures;
import org.filiere.kernel.StaleDataException;
import org.filiere.member.Member;
import org.filiere.member.MemberId;
import org.filiere.member.Members;
import org.filiere.member.NafCode;
import org.filiere.member.SizeBand;
import org.filiere.member.application.MemberDirectory;
import org.filiere.member.application.MembershipCommands.DescribeMember;
import org.filiere.member.application.MembershipService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.persistence.Transactions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Two people changing the same member at the same moment: one wins, the other is told and nothing is lost. */
class ConcurrentUpdateTest {

    static java.util.stream.Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldLetOneOfTwoConcurrentUpdatesWinAndRefuseTheOther(TestDatabase database) throws Exception {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            MemberId id = filiere.get(MembershipService.class)
                    .apply(anApplication(Fixtures.SIRETS[0], "Alpes Logiciels", 2025));
            Transactions transactions = filiere.get(Transactions.class);
            Members members = filiere.get(Members.class);
            CyclicBarrier bothRead = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<String>> outcomes = new ArrayList<>();
            for (String name : List.of("Alpes Logiciels SA", "Alpes Logiciels SAS")) {
                outcomes.add(pool.submit(() -> {
                    try {
                        transactions.required(() -> {
                            Member member = members.get(id);
                            bothRead.await(10, TimeUnit.SECONDS);
                            member.describe(name, member.activity(), member.address(), member.sizeBand());
                            members.save(member);
                            return null;
                        });
                        return "saved " + name;
                    } catch (StaleDataException e) {
                        return "stale: " + e.getMessage();
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            pool.shutdown();

            assertThat(results).filteredOn(r -> r.startsWith("saved")).hasSize(1);
            assertThat(results).filteredOn(r -> r.startsWith("stale")).singleElement().asString()
                    .contains("member " + id.value()).contains("was changed by someone else");
            String winner = results.stream().filter(r -> r.startsWith("saved")).findFirst().orElseThrow().substring(6);
            var stored = filiere.get(MemberDirectory.class).member(id).orElseThrow();
            assertThat(stored.name()).isEqualTo(winner);
            assertThat(stored.version()).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldRefuseAFormSubmittedOnAVersionSomeoneElseChanged(TestDatabase database) throws Exception {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            MembershipService service = filiere.get(MembershipService.class);
            MemberDirectory directory = filiere.get(MemberDirectory.class);
            MemberId id = service.apply(anApplication(Fixtures.SIRETS[0], "Alpes Logiciels", 2025));
            long readByBoth = directory.member(id).orElseThrow().version();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (String name : List.of("Name by Claire", "Name by Paul")) {
                outcomes.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        service.describe(new DescribeMember(aStaffMember(), id, readByBoth, name, new NafCode("62.01Z"),
                                Fixtures.anAddressInMeylan(), SizeBand.FROM_20_TO_49));
                        return true;
                    } catch (StaleDataException e) {
                        return false;
                    }
                }));
            }
            int saved = 0;
            for (Future<Boolean> outcome : outcomes) {
                saved += outcome.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            pool.shutdown();
            assertThat(saved).isEqualTo(1);
            assertThat(directory.member(id).orElseThrow().name()).isIn("Name by Claire", "Name by Paul");
            assertThat(directory.member(id).orElseThrow().version()).isEqualTo(readByBoth + 1);
        }
    }
}
