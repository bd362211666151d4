package org.filiere.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;
import static org.filiere.fixtures.TrainingFixtures.aCybersecurityCourse;
import static org.filiere.fixtures.TrainingFixtures.aDayOn;
import static org.filiere.fixtures.TrainingFixtures.anOutsider;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.filiere.access.AccessRefusedException;
import org.filiere.access.Acting;
import org.filiere.access.Actor;
import org.filiere.access.ActorId;
import org.filiere.audit.AuditEntry;
import org.filiere.audit.AuditQuery;
import org.filiere.audit.application.AuditService;
import org.filiere.member.MemberId;
import org.filiere.member.application.ContactPersonalData;
import org.filiere.member.application.ContactService;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.persistence.event.EventClock;
import org.filiere.privacy.PersonReference;
import org.filiere.privacy.application.PersonalDataService;
import org.filiere.training.Participant;
import org.filiere.training.SessionId;
import org.filiere.training.application.CatalogueService;
import org.filiere.training.application.RegistrationService;
import org.filiere.training.application.TrainingCommands.AddCourse;
import org.filiere.training.application.TrainingCommands.Register;
import org.filiere.training.application.TrainingCommands.ScheduleSession;
import org.filiere.training.application.TrainingDirectory;
import org.filiere.watch.application.WatchProfileService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A staff member's read of people's data through a service leaves one audit entry in the read's transaction: who,
 * when, what kind of data, of which record, how many records, and nothing about the people. A refused read, a
 * representative's read of their own member's data, a system job's read and the places a person export asks (the
 * export has its own entry) leave none.
 */
class PersonalDataReadAuditTest {

    private static final String READ = "PersonalDataRead";
    private static final String EMAIL = "alice.delacroix@example.fr";
    private final Actor claire = aStaffMember();

    static Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @BeforeEach
    void februaryFirst() {
        EventClock.CLOCK.setDay(LocalDate.of(2025, 2, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldRecordAStaffReadOfASessionsRegistrationsOnceWithoutTheirNames(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, EventClock.class)) {
            CatalogueService catalogue = filiere.get(CatalogueService.class);
            SessionId session = catalogue.schedule(new ScheduleSession(claire, catalogue.addCourse(new AddCourse(
                    claire, aCybersecurityCourse())), aDayOn(LocalDate.of(2025, 3, 14)), 5, true));
            RegistrationService registrations = filiere.get(RegistrationService.class);
            registrations.register(new Register(claire, session, Participant.outsider("Alice Delacroix", EMAIL,
                    "Delacroix Conseil")));
            registrations.register(new Register(claire, session, anOutsider(1)));
            EventClock.CLOCK.advance(Duration.ofHours(2));
            Instant readAt = EventClock.CLOCK.instant();

            assertThat(filiere.get(TrainingDirectory.class).registrations(claire, session)).hasSize(2);

            AuditService audit = filiere.get(AuditService.class);
            List<AuditEntry> reads = reads(audit, AuditQuery.latest().about(session.toString()));
            assertThat(reads).singleElement().satisfies(e -> {
                assertThat(e.actor()).contains(claire.id());
                assertThat(e.occurredAt()).isEqualTo(readAt);
                assertThat(e.summary()).isEqualTo("kind=TRAINING_REGISTRATIONS, records=2");
            });
            assertThat(reads(audit, AuditQuery.latest().between(readAt, readAt.plusSeconds(1)))).hasSize(1);
            assertThat(reads(audit, AuditQuery.latest().between(readAt.minusSeconds(60), readAt))).isEmpty();
            assertThat(reads(audit, AuditQuery.latest().by(claire.id()))).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldRecordOnlyStaffReadsOfAMembersContactsAndRecipients(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, EventClock.class)) {
            MembershipService memberships = filiere.get(MembershipService.class);
            MemberId member = memberships.apply(anApplication("30206838200050", "Alpes Logiciels", 2025));
            memberships.admit(new AdmitMember(claire, member, 2025));
            ContactService contacts = filiere.get(ContactService.class);
            contacts.add(claire, member, "Alice Delacroix", "CEO", EMAIL, "04 76 00 00 00");
            AuditService audit = filiere.get(AuditService.class);
            Actor representative = Actor.representativeOf(member.value(), "alice-delacroix", "Alice Delacroix");
            Actor otherRepresentative = Actor.representativeOf("317193241", "bruno-petit", "Bruno Petit");

            contacts.ofMember(representative, member);
            assertThatThrownBy(() -> contacts.ofMember(otherRepresentative, member))
                    .isInstanceOf(AccessRefusedException.class);
            contacts.ofMember(Actor.system("directory-sync"), member);
            assertThat(reads(audit, AuditQuery.latest().about(member.toString())))
                    .as("the representative's own read, a refused read and a system job's read").isEmpty();

            contacts.ofMember(claire, member);
            try (var scope = Acting.as(claire)) {
                filiere.get(WatchProfileService.class).profile(member);
            }

            assertThat(reads(audit, AuditQuery.latest().about(member.toString())))
                    .extracting(AuditEntry::summary)
                    .containsExactlyInAnyOrder("kind=MEMBER_CONTACTS, records=1", "kind=WATCH_RECIPIENTS, records=0");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldRecordAPersonExportOnceAsAnExportAndAPlaceReadByThePersonsReference(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, EventClock.class)) {
            MembershipService memberships = filiere.get(MembershipService.class);
            MemberId member = memberships.apply(anApplication("30206838200050", "Alpes Logiciels", 2025));
            memberships.admit(new AdmitMember(claire, member, 2025));
            filiere.get(ContactService.class).add(claire, member, "Alice Delacroix", "CEO", EMAIL, "");
            AuditService audit = filiere.get(AuditService.class);

            filiere.get(PersonalDataService.class).export(claire, EMAIL);

            assertThat(audit.list(claire, AuditQuery.latest().by(claire.id()))).extracting(AuditEntry::eventType)
                    .contains("PersonalDataExported").doesNotContain(READ);

            filiere.get(ContactPersonalData.class).export(claire, EMAIL);

            assertThat(reads(audit, AuditQuery.latest().by(claire.id()))).singleElement().satisfies(e -> {
                assertThat(e.aggregateId()).isEqualTo(PersonReference.of(EMAIL));
                assertThat(e.summary()).isEqualTo("kind=MEMBER_CONTACTS, records=1");
            });
            assertThat(audit.list(claire, AuditQuery.latest())).noneSatisfy(e -> assertThat(
                    e.aggregateId() + e.summary()).containsAnyOf(EMAIL, "Delacroix"));
            assertThat(reads(audit, AuditQuery.latest().by(ActorId.of("alice-delacroix")))).isEmpty();
        }
    }

    private List<AuditEntry> reads(AuditService audit, AuditQuery query) {
        return audit.list(claire, query).stream().filter(e -> e.eventType().equals(READ)).toList();
    }
}
