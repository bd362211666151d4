package org.filiere.integration.camel.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.filiere.access.AccessRefusedException;
import org.filiere.access.Acting;
import org.filiere.access.Actor;
import org.filiere.integration.camel.outbox.OutboxTest.RecordingChannel;
import org.filiere.persistence.Databases;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.Storage;
import org.filiere.persistence.TestDatabase;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.privacy.PersonalDataRegister;
import org.filiere.privacy.PersonalDataErasure;
import org.filiere.privacy.PersonalDataExport;
import org.filiere.privacy.PersonalDataPlace;
import org.filiere.privacy.application.PersonalDataService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A person's export and erasure reach the integrations' outbox: the messages whose payload, headers or last error
 * hold the person's address are exported and deleted in the erasure's transaction, sent or still waiting, the others
 * kept and relayed in their order; a waiting message erased is never delivered; an erasure that rolls back keeps them.
 */
class OutboxPersonalDataTest {

    private static final Actor STAFF = Actor.staff("claire-martin", "Claire Martin");
    private static final String EMAIL = "alice_delacroix@example.fr";
    private static final String PLACE = "integration outbox";
    private static final String CHANNEL = "training-provider";

    static Stream<TestDatabase> databases() {
        return Databases.derbyAndPostgres();
    }

    private static FiliereContainer start(TestDatabase database, Class<?>... beans) {
        Databases.assumeReachable(database);
        return FiliereContainer.start(database, Map.of("filiere.integration.outbox.enabled", "false"), beans);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldExportAndDeleteTheMessagesNamingThePersonAndNeverDeliverTheWaitingOnes(TestDatabase database)
            throws SQLException {
        try (FiliereContainer filiere = start(database)) {
            String sent = add(filiere, "session-1", alicesRegistration(), Map.of());
            RecordingChannel first = new RecordingChannel(CHANNEL, Set.of());
            OutboxTest.relay(filiere, first).relayNow();
            String someoneElse = add(filiere, "session-1", brunosRegistration(), Map.of());
            String waiting = add(filiere, "session-2", alicesRegistration(), Map.of());
            String afterIt = add(filiere, "session-2", brunosRegistration(), Map.of());
            String inHeaders = add(filiere, "session-3", "{\"registration\":\"R-9\"}",
                    Map.of("contact", "Alice Delacroix <Alice_Delacroix@example.fr>"));
            String refused = add(filiere, "session-4", "{\"registration\":\"R-10\"}", Map.of());
            String lastOfSession2 = add(filiere, "session-2", brunosRegistration(), Map.of());
            refuseNamingThePerson(filiere, refused);
            PersonalDataService personalData = filiere.get(PersonalDataService.class);

            PersonalDataExport export = personalData.export(STAFF, EMAIL.toUpperCase(Locale.ROOT));

            assertThat(export.places()).containsKey(PLACE);
            assertThat(export.places().get(PLACE)).extracting(r -> r.get("id"))
                    .containsExactly(sent, waiting, inHeaders, refused);
            assertThat(export.places().get(PLACE).get(0)).containsEntry("channel", CHANNEL)
                    .containsEntry("aggregate", "session-1").containsEntry("type", "TraineeRegistered")
                    .containsEntry("status", OutboxStore.SENT).containsKeys("created at")
                    .hasEntrySatisfying("sent at", at -> assertThat(at).isNotEmpty())
                    .hasEntrySatisfying("payload", p -> assertThat(p).contains("Alice Delacroix"));
            assertThat(export.places().get(PLACE).get(1)).containsEntry("status", OutboxStore.PENDING)
                    .containsEntry("sent at", "");

            PersonalDataErasure erasure = personalData.erase(STAFF, EMAIL);

            assertThat(erasure.erased()).containsEntry(PLACE, 4);
            assertThat(outboxTexts(filiere)).as("the outbox's text columns after erasure").isNotEmpty()
                    .noneSatisfy(t -> assertThat(t).containsIgnoringCase(EMAIL))
                    .noneSatisfy(t -> assertThat(t).contains("Alice Delacroix"));
            assertThat(personalData.export(STAFF, EMAIL).places()).doesNotContainKey(PLACE);

            RecordingChannel after = new RecordingChannel(CHANNEL, Set.of());
            OutboxTest.relay(filiere, after).relayNow();

            assertThat(after.delivered).containsExactly(someoneElse, afterIt, lastOfSession2);
            assertThat(filiere.get(OutboxStore.class).counts()).containsExactly(new OutboxCounts(CHANNEL, 0, 3, 0));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldKeepTheMessagesWaitingWhenTheErasureRollsBack(TestDatabase database) {
        try (FiliereContainer filiere = start(database, FailingPlace.class)) {
            String waiting = add(filiere, "session-1", alicesRegistration(), Map.of());
            PersonalDataService personalData = filiere.get(PersonalDataService.class);

            assertThatThrownBy(() -> personalData.erase(STAFF, EMAIL)).hasMessageContaining("cannot erase");

            assertThat(filiere.get(OutboxStore.class).status(waiting)).contains(OutboxStore.PENDING);
            assertThat(personalData.export(STAFF, EMAIL).places().get(PLACE)).extracting(r -> r.get("id"))
                    .containsExactly(waiting);
            RecordingChannel channel = new RecordingChannel(CHANNEL, Set.of());
            OutboxTest.relay(filiere, channel).relayNow();
            assertThat(channel.delivered).containsExactly(waiting);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldWaitForTheRelayHoldingAMessageBeforeDeletingIt(TestDatabase database) throws Exception {
        try (FiliereContainer filiere = start(database)) {
            String claimed = add(filiere, "session-1", alicesRegistration(), Map.of());
            HeldChannel channel = new HeldChannel();
            CompletableFuture<RelayReport> relaying = CompletableFuture.supplyAsync(
                    () -> OutboxTest.relay(filiere, channel).relayNow());
            assertThat(channel.handed.await(60, TimeUnit.SECONDS)).as("the relay handed the batch").isTrue();
            PersonalDataService personalData = filiere.get(PersonalDataService.class);

            CompletableFuture<PersonalDataErasure> erasing = CompletableFuture.supplyAsync(
                    () -> Acting.as(STAFF, () -> personalData.erase(STAFF, EMAIL)));

            Thread.sleep(1500);
            assertThat(erasing).as("the erasure while the relay holds the message").isNotDone();
            channel.release.countDown();
            assertThat(relaying.get(60, TimeUnit.SECONDS).sent()).isEqualTo(1);
            assertThat(erasing.get(60, TimeUnit.SECONDS).erased()).containsEntry(PLACE, 1);
            assertThat(filiere.get(OutboxStore.class).status(claimed)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldNeverHandAChannelAMessageWhoseErasureIsUnderWay(TestDatabase database) throws Exception {
        try (FiliereContainer filiere = start(database)) {
            String erased = add(filiere, "session-1", alicesRegistration(), Map.of());
            String afterIt = add(filiere, "session-1", brunosRegistration(), Map.of());
            String elsewhere = add(filiere, "session-2", brunosRegistration(), Map.of());
            RecordingChannel channel = new RecordingChannel(CHANNEL, Set.of());
            OutboxRelay relay = OutboxTest.relay(filiere, channel);
            PersonalDataService personalData = filiere.get(PersonalDataService.class);
            List<CompletableFuture<RelayReport>> relaying = new ArrayList<>();

            filiere.get(Transactions.class).required(() -> {
                assertThat(personalData.erase(STAFF, EMAIL).erased()).containsEntry(PLACE, 1);
                relaying.add(CompletableFuture.supplyAsync(relay::relayNow));
                sleep(1500);
            });
            relaying.get(0).get(60, TimeUnit.SECONDS);
            relay.relayNow();

            assertThat(channel.batches).flatExtracting(b -> b).doesNotContain(erased);
            assertThat(channel.delivered).containsExactlyInAnyOrder(afterIt, elsewhere);
            assertThat(filiere.get(OutboxStore.class).counts()).containsExactly(new OutboxCounts(CHANNEL, 0, 2, 0));
        }
    }

    @Test
    void shouldLetOnlyStaffExportOrEraseOutboxMessages() {
        try (FiliereContainer filiere = start(TestDatabase.derby())) {
            String waiting = add(filiere, "session-1", alicesRegistration(), Map.of());
            OutboxPersonalData place = filiere.get(OutboxPersonalData.class);
            Actor representative = Actor.representativeOf("302068382", "bruno-petit", "Bruno Petit");

            assertThatThrownBy(() -> place.export(representative, EMAIL)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> place.erase(representative, EMAIL)).isInstanceOf(AccessRefusedException.class);
            assertThat(filiere.get(OutboxStore.class).status(waiting)).contains(OutboxStore.PENDING);
            assertThat(filiere.get(PersonalDataService.class).places()).contains(PLACE);
        }
    }

    @Test
    void shouldRegisterTheOutboxColumnsThatMayNameAPerson() throws SQLException {
        PersonalDataRegister register = PersonalDataRegister.load(getClass().getClassLoader());
        List<String> columns = new ArrayList<>();
        try (FiliereContainer filiere = start(TestDatabase.derby());
                Connection c = filiere.get(Storage.class).dataSource().getConnection();
                ResultSet rs = c.getMetaData().getColumns(null, "APP", "OUTBOX_MESSAGE", "%")) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }

        for (String column : List.of("payload", "headers", "last_error")) {
            assertThat(columns).contains(column);
            assertThat(register.find("outbox_message", column)).as("outbox_message." + column)
                    .hasValueSatisfying(e -> {
                        assertThat(e.personal()).isTrue();
                        assertThat(e.note()).contains("OutboxPersonalData").doesNotContain("not reached");
                    });
        }
    }

    private static String alicesRegistration() {
        return "{\"registration\":\"R-1\",\"trainee\":\"Alice Delacroix\",\"email\":\"Alice_Delacroix@example.fr\"}";
    }

    /** Another trainee, whose address differs from the person's by the character a bare LIKE would let through. */
    private static String brunosRegistration() {
        return "{\"registration\":\"R-2\",\"trainee\":\"Bruno Petit\",\"email\":\"alice-delacroix@example.fr\"}";
    }

    private static String add(FiliereContainer filiere, String aggregate, String payload,
            Map<String, String> headers) {
        UUID id = UUID.randomUUID();
        filiere.get(Outbox.class).add(new NewOutboxMessage(id, CHANNEL, aggregate, "TraineeRegistered", payload,
                headers));
        return id.toString();
    }

    /** The provider refused the message with an answer quoting the person's address; it waits for its next try. */
    private static void refuseNamingThePerson(FiliereContainer filiere, String id) {
        try (OutboxStore.Batch batch = filiere.get(OutboxStore.class).claim(CHANNEL, 100, Instant.now())) {
            assertThat(batch.messages()).extracting(OutboxMessage::id).contains(id);
            batch.later(id, 1, Instant.now(), "The provider already registered " + EMAIL);
            batch.commit();
        }
    }

    /** Every value of every text column of the outbox. */
    private static List<String> outboxTexts(FiliereContainer filiere) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = filiere.get(Storage.class).dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id, channel, aggregate_id, message_type, payload, "
                        + "headers, status, last_error FROM outbox_message");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                for (int i = 1; i <= 8; i++) {
                    if (rs.getString(i) != null) {
                        values.add(rs.getString(i));
                    }
                }
            }
            c.rollback();
        }
        return values;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A channel that delivers every message of its batch once the test lets it. */
    static final class HeldChannel implements OutboxChannel {

        final CountDownLatch handed = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String name() {
            return CHANNEL;
        }

        @Override
        public boolean configured() {
            return true;
        }

        @Override
        public Delivery deliver(List<OutboxMessage> batch) {
            handed.countDown();
            try {
                if (!release.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The test never released the batch");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return Delivery.all(batch);
        }
    }

    /** A place that fails to erase, so that the whole erasure rolls back. */
    @ApplicationScoped
    public static class FailingPlace implements PersonalDataPlace {

        @Override
        public String name() {
            return "a failing place";
        }

        @Override
        public List<Map<String, String>> export(Actor actor, String email) {
            return List.of();
        }

        @Override
        public int erase(Actor actor, String email) {
            throw new IllegalStateException("The failing place cannot erase anyone");
        }

        @Override
        public boolean identifiesPeople() {
            return true;
        }
    }
}
