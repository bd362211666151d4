package org.filiere.integration.camel.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.Config;
import org.filiere.access.Actor;
import org.filiere.directory.application.DirectoryCommands.ConsentToDirectory;
import org.filiere.directory.application.DirectoryService;
import org.filiere.fixtures.Fixtures;
import org.filiere.integration.camel.deadletter.DeadLetter;
import org.filiere.integration.camel.deadletter.DeadLetterService;
import org.filiere.integration.camel.deadletter.DeadLetterStore;
import org.filiere.member.MemberId;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipService;
import org.filiere.persistence.Databases;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.persistence.Transactions;
import org.filiere.wiring.CoreProducers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The outbox without a broker: a partners' event is written in the transaction of its change and only then; the
 * relay hands the messages of one aggregate in order, one per batch, tries refused ones again and then
 * dead-letters them; sent messages are purged after the retention.
 */
class OutboxTest {

    private static final Actor STAFF = aStaffMember();
    private static final Map<String, String> NO_TIMER = Map.of("filiere.integration.outbox.enabled", "false");

    static Stream<TestDatabase> databases() {
        return Databases.derbyAndPostgres();
    }

    private static FiliereContainer start(TestDatabase database, Map<String, String> settings) {
        Databases.assumeReachable(database);
        Map<String, String> all = new HashMap<>(NO_TIMER);
        all.putAll(settings);
        return FiliereContainer.start(database, all);
    }

    private static MemberId anAdmittedMember(FiliereContainer filiere, int index, String name) {
        int year = LocalDate.now(CoreProducers.ASSOCIATION_ZONE).getYear();
        MembershipService memberships = filiere.get(MembershipService.class);
        MemberId id = memberships.apply(anApplication(Fixtures.SIRETS[index], name, year));
        memberships.admit(new AdmitMember(STAFF, id, year));
        return id;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldWriteThePartnersEventWithItsChangeAndNotWhenTheChangeRollsBack(TestDatabase database) {
        try (FiliereContainer filiere = start(database, Map.of())) {
            MemberId alpes = anAdmittedMember(filiere, 0, "Alpes Logiciels");
            MemberId dauphine = anAdmittedMember(filiere, 1, "Dauphiné Systèmes");
            DirectoryService directory = filiere.get(DirectoryService.class);

            directory.consent(new ConsentToDirectory(STAFF, alpes, "Logiciels de gestion de production"));
            assertThatThrownBy(() -> filiere.get(Transactions.class).required(() -> {
                directory.consent(new ConsentToDirectory(STAFF, dauphine, "Systèmes embarqués"));
                throw new IllegalStateException("the change is abandoned");
            })).hasMessageContaining("abandoned");

            List<OutboxMessage> waiting = claimAll(filiere, BrokerChannel.NAME);
            assertThat(waiting).singleElement().satisfies(m -> {
                assertThat(m.type()).isEqualTo("MemberListedInDirectory");
                assertThat(m.aggregateId()).isEqualTo(alpes.value());
                assertThat(m.payload()).contains("\"type\":\"MemberListedInDirectory\"")
                        .contains("\"aggregateId\":\"" + alpes.value() + "\"").contains("\"id\":\"" + m.id() + "\"");
                assertThat(m.headers()).containsEntry(PartnerEventsOutbox.TYPE_PROPERTY, "MemberListedInDirectory");
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldKeepMessagesWaitingWhenNoBrokerIsConfigured(TestDatabase database) {
        try (FiliereContainer filiere = start(database, Map.of())) {
            write(filiere, BrokerChannel.NAME, "project-1", 3);

            RelayReport report = filiere.get(OutboxRelay.class).relayNow();

            assertThat(report.sent()).isZero();
            assertThat(report.waiting()).contains(BrokerChannel.NAME);
            assertThat(filiere.get(OutboxStore.class).counts())
                    .contains(new OutboxCounts(BrokerChannel.NAME, 3, 0, 0));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldHandEachAggregatesMessagesInOrderAndOnlyTheFirstWaitingOneInABatch(TestDatabase database) {
        try (FiliereContainer filiere = start(database, Map.of())) {
            List<String> a = write(filiere, "test", "a", 4);
            List<String> b = write(filiere, "test", "b", 2);
            RecordingChannel channel = new RecordingChannel("test", Set.of());

            RelayReport report = relay(filiere, channel).relayNow();

            assertThat(report.sent()).isEqualTo(6);
            assertThat(channel.batches).hasSize(4);
            assertThat(channel.batches.get(0)).containsExactly(a.get(0), b.get(0));
            assertThat(channel.batches.stream().flatMap(List::stream).filter(a::contains)).containsExactlyElementsOf(a);
            assertThat(channel.batches.stream().flatMap(List::stream).filter(b::contains)).containsExactlyElementsOf(b);
            assertThat(filiere.get(OutboxStore.class).counts()).contains(new OutboxCounts("test", 0, 6, 0));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldTryARefusedMessageAgainThenDeadLetterItHoldingItsAggregateUntilThen(TestDatabase database) {
        try (FiliereContainer filiere = start(database, Map.of("filiere.integration.outbox.redelivery.maximum", "2",
                "filiere.integration.outbox.redelivery.delay", "PT0S", "filiere.integration.outbox.enabled", "true",
                "filiere.integration.outbox.period", "PT1H"))) {
            List<String> a = write(filiere, "test", "a", 2);
            List<String> b = write(filiere, "test", "b", 1);
            RecordingChannel channel = new RecordingChannel("test", Set.of(a.get(0)));

            RelayReport report = relay(filiere, channel).relayNow();

            assertThat(report.triedLater()).isEqualTo(2);
            assertThat(report.dead()).isEqualTo(1);
            assertThat(report.sent()).isEqualTo(2);
            assertThat(channel.attemptsOf(a.get(0))).isEqualTo(3);
            assertThat(channel.delivered).containsExactly(b.get(0), a.get(1));
            DeadLetter letter = filiere.get(DeadLetterStore.class).list(Optional.of(OutboxRelay.ROUTE), 10).get(0);
            assertThat(letter.itemKey()).contains(a.get(0));
            assertThat(letter.reason()).contains("refused message " + a.get(0)).contains("3 times")
                    .contains("the partner does not know this aggregate");
            assertThat(filiere.get(OutboxStore.class).status(a.get(0))).contains(OutboxStore.DEAD);

            assertThat(filiere.get(DeadLetterService.class).retry(STAFF, letter.id()).succeeded()).isTrue();
            assertThat(filiere.get(OutboxStore.class).status(a.get(0))).contains(OutboxStore.PENDING);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldPurgeSentMessagesOlderThanTheRetention(TestDatabase database) {
        try (FiliereContainer filiere = start(database, Map.of("filiere.integration.outbox.retention", "PT0S"))) {
            write(filiere, "test", "a", 3);
            relay(filiere, new RecordingChannel("test", Set.of())).relayNow();
            write(filiere, "test", "b", 1);

            int purged = filiere.get(OutboxRelay.class).purge();

            assertThat(purged).isEqualTo(3);
            assertThat(filiere.get(OutboxStore.class).counts()).containsExactly(new OutboxCounts("test", 1, 0, 0));
        }
    }

    static List<String> write(FiliereContainer filiere, String channel, String aggregate, int count) {
        List<String> ids = new ArrayList<>();
        List<NewOutboxMessage> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id.toString());
            messages.add(new NewOutboxMessage(id, channel, aggregate, "Tested", "{\"n\":" + i + "}", Map.of()));
        }
        Outbox outbox = filiere.get(Outbox.class);
        messages.forEach(outbox::add);
        return ids;
    }

    private static List<OutboxMessage> claimAll(FiliereContainer filiere, String channel) {
        try (OutboxStore.Batch batch = filiere.get(OutboxStore.class).claim(channel, 100,
                Clock.systemUTC().instant())) {
            return batch.messages();
        }
    }

    static OutboxRelay relay(FiliereContainer filiere, OutboxChannel channel) {
        return new OutboxRelay(filiere.get(OutboxStore.class), List.of(channel), filiere.get(DeadLetterStore.class),
                Clock.systemUTC(), new OutboxSettings(filiere.get(Config.class)));
    }

    /** A channel that records what it was handed and refuses some messages. */
    static final class RecordingChannel implements OutboxChannel {

        private final String name;
        private final Set<String> refusing;
        final List<List<String>> batches = new ArrayList<>();
        final List<String> delivered = new ArrayList<>();

        RecordingChannel(String name, Set<String> refusing) {
            this.name = name;
            this.refusing = refusing;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean configured() {
            return true;
        }

        @Override
        public Delivery deliver(List<OutboxMessage> batch) {
            batches.add(batch.stream().map(OutboxMessage::id).toList());
            Delivery.Builder outcome = Delivery.builder();
            for (OutboxMessage m : batch) {
                if (refusing.contains(m.id())) {
                    outcome.refused(m.id(), new IllegalArgumentException("the partner does not know this aggregate"));
                } else {
                    delivered.add(m.id());
                    outcome.delivered(m.id());
                }
            }
            return outcome.build();
        }

        long attemptsOf(String id) {
            return batches.stream().filter(b -> b.contains(id)).count();
        }
    }
}
