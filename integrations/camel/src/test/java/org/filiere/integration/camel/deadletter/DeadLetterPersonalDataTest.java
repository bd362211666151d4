package org.filiere.integration.camel.deadletter;

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
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.filiere.access.AccessRefusedException;
import org.filiere.access.Actor;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.Storage;
import org.filiere.persistence.TestDatabase;
import org.filiere.persistence.privacy.PersonalDataRegister;
import org.filiere.privacy.PersonalDataErasure;
import org.filiere.privacy.PersonalDataExport;
import org.filiere.privacy.PersonalDataPlace;
import org.filiere.privacy.application.PersonalDataService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A person's export and erasure reach the integrations' dead letters: the letters whose item, key, headers or reason
 * hold the person's address are exported and deleted in the erasure's transaction, the others kept; an erasure that
 * rolls back keeps them.
 */
class DeadLetterPersonalDataTest {

    private static final Actor STAFF = Actor.staff("claire-martin", "Claire Martin");
    private static final String EMAIL = "alice_delacroix@example.fr";
    private static final String PLACE = "integration dead letters";

    static Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldExportAndDeleteTheLettersNamingThePersonAndKeepTheOthers(TestDatabase database) throws SQLException {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            DeadLetterStore store = filiere.get(DeadLetterStore.class);
            DeadLetterId inItem = store.store(aLetter("training-registrations", "R-1",
                    "{\"name\":\"Alice Delacroix\",\"email\":\"Alice_Delacroix@example.fr\"}", Map.of(),
                    "Registration R-1: the session is full"));
            DeadLetterId inHeaders = store.store(aLetter("partner-people", "card-7", "card-7",
                    Map.of("contact", "Alice Delacroix <alice_delacroix@example.fr>"), "The card has no name"));
            DeadLetterId inReason = store.store(aLetter("mail", null, "mail-3", Map.of(),
                    "Mail to alice_delacroix@example.fr refused by the server"));
            DeadLetterId someoneElse = store.store(aLetter("training-registrations", "R-2",
                    "{\"name\":\"Bruno Petit\",\"email\":\"alice-delacroix@example.fr\"}", Map.of("provider", "acme"),
                    "Registration R-2: the session is full"));
            PersonalDataService personalData = filiere.get(PersonalDataService.class);

            PersonalDataExport export = personalData.export(STAFF, EMAIL.toUpperCase(Locale.ROOT));

            assertThat(export.places()).containsOnlyKeys(PLACE);
            assertThat(export.places().get(PLACE)).extracting(r -> r.get("id")).containsExactlyInAnyOrder(
                    inItem.toString(), inHeaders.toString(), inReason.toString());
            assertThat(export.places().get(PLACE)).filteredOn(r -> r.get("id").equals(inItem.toString()))
                    .singleElement().satisfies(r -> {
                        assertThat(r).containsEntry("route", "training-registrations").containsEntry("key", "R-1")
                                .containsEntry("status", "WAITING").containsKey("failed at");
                        assertThat(r.get("item")).contains("Alice Delacroix");
                    });

            PersonalDataErasure erasure = personalData.erase(STAFF, EMAIL);

            assertThat(erasure.erased()).containsExactly(Map.entry(PLACE, 3));
            assertThat(filiere.get(DeadLetterService.class).list(STAFF, Optional.empty()))
                    .extracting(DeadLetter::id).containsExactly(someoneElse);
            assertThat(deadLetterTexts(filiere)).as("the dead letters' text columns after erasure")
                    .isNotEmpty().noneSatisfy(t -> assertThat(t).containsIgnoringCase(EMAIL))
                    .noneSatisfy(t -> assertThat(t).contains("Alice Delacroix"));
            assertThat(personalData.export(STAFF, EMAIL).isEmpty()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldKeepTheLettersWhenTheErasureRollsBack(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, FailingPlace.class)) {
            DeadLetterId id = filiere.get(DeadLetterStore.class).store(aLetter("training-registrations", "R-1",
                    "Alice Delacroix;" + EMAIL, Map.of(), "Registration R-1: the session is full"));
            PersonalDataService personalData = filiere.get(PersonalDataService.class);

            assertThatThrownBy(() -> personalData.erase(STAFF, EMAIL)).hasMessageContaining("cannot erase");

            assertThat(filiere.get(DeadLetterService.class).list(STAFF, Optional.empty()))
                    .extracting(DeadLetter::id).containsExactly(id);
            assertThat(personalData.export(STAFF, EMAIL).places()).containsKey(PLACE);
        }
    }

    @Test
    void shouldLetOnlyStaffExportOrEraseDeadLetters() {
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby())) {
            DeadLetterPersonalData place = filiere.get(DeadLetterPersonalData.class);
            Actor representative = Actor.representativeOf("302068382", "bruno-petit", "Bruno Petit");

            assertThatThrownBy(() -> place.export(representative, EMAIL)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> place.erase(representative, EMAIL)).isInstanceOf(AccessRefusedException.class);
            assertThat(filiere.get(PersonalDataService.class).places()).contains(PLACE);
        }
    }

    @Test
    void shouldRegisterTheDeadLettersColumnsThatMayNameAPersonAndOnlyColumnsThatExist() throws SQLException {
        PersonalDataRegister register = PersonalDataRegister.load(getClass().getClassLoader());
        List<String> columns = new ArrayList<>();
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby());
                Connection c = filiere.get(Storage.class).dataSource().getConnection();
                ResultSet rs = c.getMetaData().getColumns(null, "APP", "%", "%")) {
            while (rs.next()) {
                columns.add((rs.getString("TABLE_NAME") + "." + rs.getString("COLUMN_NAME")).toLowerCase(Locale.ROOT));
            }
        }

        for (String column : List.of("item", "item_key", "headers", "reason")) {
            assertThat(columns).contains("dead_letter." + column);
            assertThat(register.find("dead_letter", column)).as("dead_letter." + column).hasValueSatisfying(e -> {
                assertThat(e.personal()).isTrue();
                assertThat(e.note()).contains("DeadLetterPersonalData");
            });
        }
        assertThat(register.find("partner_person", "email")).as("the library's own part, read beside this one")
                .isPresent();
        assertThat(register.entries()).as("register entries naming no column of the schema with the bridge's tables")
                .allSatisfy(e -> assertThat(columns).contains(e.table() + "." + e.column()));
    }

    private static NewDeadLetter aLetter(String route, String key, String item, Map<String, String> headers,
            String reason) {
        return new NewDeadLetter(route, Optional.ofNullable(key), item, headers, reason,
                IllegalArgumentException.class.getName(), Optional.empty(), Instant.now());
    }

    /** Every value of every text column of the dead letters. */
    private static List<String> deadLetterTexts(FiliereContainer filiere) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = filiere.get(Storage.class).dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id, route_id, item_key, item, headers, reason, "
                        + "failure_type, retry_endpoint, status FROM dead_letter");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                for (int i = 1; i <= 9; i++) {
                    if (rs.getString(i) != null) {
                        values.add(rs.getString(i));
                    }
                }
            }
            c.rollback();
        }
        return values;
    }

    /** A place that fails to erase, after the others, so that the whole erasure rolls back. */
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
