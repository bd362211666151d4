package org.filiere.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.filiere.access.AccessRefusedException;
import org.filiere.access.Actor;
import org.filiere.access.ActorId;
import org.filiere.audit.AuditEntry;
import org.filiere.audit.AuditQuery;
import org.filiere.audit.application.AuditService;
import org.filiere.fixtures.Fixtures;
import org.filiere.member.MemberId;
import org.filiere.member.application.ContactService;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.Storage;
import org.filiere.persistence.TestDatabase;
import org.filiere.persistence.Transactions;
import org.filiere.persistence.event.EventClock;
import org.filiere.privacy.PersonReference;
import org.filiere.privacy.application.PersonalDataService;
import org.filiere.privacy.application.RetentionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every domain event leaves an audit entry written in the transaction of the change, naming who acted by id and
 * holding no personal data; staff list it by record, person and period; a rolled-back change leaves none; old entries
 * leave with the retention job.
 */
class AuditTrailTest {

    private static final String EMAIL = "alice.delacroix@example.fr";
    private final Actor claire = aStaffMember();
    private final Actor julien = Actor.staff("julien-morel", "Julien Morel");

    static Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @BeforeEach
    void februaryFirst() {
        EventClock.CLOCK.setDay(LocalDate.of(2025, 2, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldRecordWhoDidWhatToWhichRecordWithoutPersonalData(TestDatabase database) throws SQLException {
        try (FiliereContainer filiere = FiliereContainer.start(database, EventClock.class)) {
            MembershipService memberships = filiere.get(MembershipService.class);
            MemberId member = memberships.apply(anApplication("30206838200050", "Alpes Logiciels", 2025));
            EventClock.CLOCK.advance(Duration.ofDays(3));
            memberships.admit(new AdmitMember(julien, member, 2025));
            filiere.get(ContactService.class).add(claire, member, "Alice Delacroix", "CEO", EMAIL, "04 76 00 00 00");
            PersonalDataService personalData = filiere.get(PersonalDataService.class);
            personalData.export(claire, EMAIL);
            AuditService audit = filiere.get(AuditService.class);

            List<AuditEntry> ofMember = audit.list(claire, AuditQuery.latest().about(member.toString()));

            assertThat(ofMember).extracting(AuditEntry::eventType).contains("MemberApplied", "MemberAdmitted");
            AuditEntry admission = ofMember.stream().filter(e -> e.eventType().equals("MemberAdmitted")).findFirst()
                    .orElseThrow();
            assertThat(admission.actor()).hasValue(ActorId.of("julien-morel"));
            assertThat(admission.roles()).isEqualTo("STAFF");
            assertThat(admission.summary()).contains("year=2025");
            assertThat(ofMember).filteredOn(e -> e.eventType().equals("MemberApplied")).singleElement()
                    .satisfies(e -> assertThat(e.actor()).hasValue(claire.id()));
            assertThat(audit.list(claire, AuditQuery.latest().by(julien.id()))).extracting(AuditEntry::eventType)
                    .containsExactly("MemberAdmitted");
            Instant admitted = admission.occurredAt();
            assertThat(audit.list(claire, AuditQuery.latest().between(admitted, admitted.plusSeconds(1))))
                    .extracting(AuditEntry::eventType).contains("MemberAdmitted").doesNotContain("MemberApplied");
            assertThat(audit.list(claire, AuditQuery.latest().about(PersonReference.of(EMAIL))))
                    .extracting(AuditEntry::eventType).containsExactly("PersonalDataExported");
            assertThat(auditTexts(filiere)).isNotEmpty()
                    .noneSatisfy(t -> assertThat(t).containsAnyOf(EMAIL, "Delacroix", "Alpes Logiciels"));
            assertThatThrownBy(() -> audit.list(Actor.representativeOf("302068382", "bruno-petit", "Bruno Petit"),
                    AuditQuery.latest())).isInstanceOf(AccessRefusedException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldLeaveNoEntryWhenTheChangeRollsBack(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, EventClock.class)) {
            MembershipService memberships = filiere.get(MembershipService.class);
            MemberId member = memberships.apply(anApplication("30206838200050", "Alpes Logiciels", 2025));
            AuditService audit = filiere.get(AuditService.class);
            int before = audit.list(claire, AuditQuery.latest()).size();

            assertThatThrownBy(() -> filiere.get(Transactions.class).required((Runnable) () -> {
                memberships.admit(new AdmitMember(claire, member, 2025));
                throw new IllegalStateException("the caller fails after the admission");
            })).hasMessageContaining("the caller fails");

            assertThat(audit.list(claire, AuditQuery.latest())).hasSize(before)
                    .extracting(AuditEntry::eventType).doesNotContain("MemberAdmitted");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldRemoveOnlyEntriesOlderThanTheAuditRetention(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, EventClock.class)) {
            MembershipService memberships = filiere.get(MembershipService.class);
            memberships.apply(anApplication("30206838200050", "Alpes Logiciels", 2025));
            EventClock.CLOCK.setDay(LocalDate.of(2029, 6, 1));
            memberships.apply(anApplication(Fixtures.SIRETS[1], "Vienne Usinage", 2029));
            AuditService audit = filiere.get(AuditService.class);
            assertThat(audit.list(claire, AuditQuery.latest())).hasSize(2);

            EventClock.CLOCK.setDay(LocalDate.of(2030, 3, 1));
            int removed = filiere.get(RetentionService.class).apply(claire).affected().get("audit trail");

            assertThat(removed).as("entries of 2025, more than five years before").isEqualTo(1);
            assertThat(audit.list(claire, AuditQuery.latest())).singleElement()
                    .satisfies(e -> assertThat(e.occurredAt()).isAfter(Instant.parse("2029-01-01T00:00:00Z")));
        }
    }

    private static List<String> auditTexts(FiliereContainer filiere) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = filiere.get(Storage.class).dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("SELECT actor_id, actor_roles, event_type, aggregate_id,"
                        + " summary FROM audit_entry");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                for (int i = 1; i <= 5; i++) {
                    values.add(String.valueOf(rs.getString(i)));
                }
            }
        }
        return values;
    }
}
