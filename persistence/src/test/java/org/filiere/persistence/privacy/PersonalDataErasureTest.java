package org.filiere.persistence.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.EventFixtures.aThematicMeetingOn;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;
import static org.filiere.fixtures.TrainingFixtures.aCybersecurityCourse;
import static org.filiere.fixtures.TrainingFixtures.aDayOn;
import static org.filiere.fixtures.TrainingFixtures.anOutsider;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.filiere.access.AccessRefusedException;
import org.filiere.access.Actor;
import org.filiere.directory.PartnerAddress;
import org.filiere.directory.PartnerListingDetails;
import org.filiere.directory.PartnerSource;
import org.filiere.directory.application.DirectoryCommands.Incoming;
import org.filiere.directory.application.DirectoryCommands.ReceivePartnerData;
import org.filiere.directory.application.PartnerDirectoryService;
import org.filiere.event.EventId;
import org.filiere.event.application.EventCommands.MarkEventHeld;
import org.filiere.event.application.EventCommands.PlanEvent;
import org.filiere.event.application.EventCommands.PublishEvent;
import org.filiere.event.application.EventCommands.RegisterForEvent;
import org.filiere.event.application.EventDirectory;
import org.filiere.event.application.EventService;
import org.filiere.fixtures.WatchFixtures;
import org.filiere.member.MemberId;
import org.filiere.member.application.ContactService;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.Storage;
import org.filiere.persistence.TestDatabase;
import org.filiere.persistence.event.EventClock;
import org.filiere.press.MediaKind;
import org.filiere.press.MediaOutletId;
import org.filiere.press.application.MediaService;
import org.filiere.press.application.PressCommands.AddJournalist;
import org.filiere.press.application.PressCommands.AddOutlet;
import org.filiere.privacy.PersonalDataErasure;
import org.filiere.privacy.PersonalDataExport;
import org.filiere.privacy.application.PersonalDataService;
import org.filiere.programme.PartnerContact;
import org.filiere.programme.PartnerId;
import org.filiere.programme.PartnerType;
import org.filiere.programme.application.PartnerService;
import org.filiere.programme.application.ProgrammeCommands.RegisterPartner;
import org.filiere.techwatch.application.SubscriberService;
import org.filiere.training.Participant;
import org.filiere.training.RegistrationStatus;
import org.filiere.training.SessionId;
import org.filiere.training.application.CatalogueService;
import org.filiere.training.application.RegistrationService;
import org.filiere.training.application.TrainingCommands.AddCourse;
import org.filiere.training.application.TrainingCommands.Register;
import org.filiere.training.application.TrainingCommands.ScheduleSession;
import org.filiere.training.application.TrainingDirectory;
import org.filiere.watch.WatchWeek;
import org.filiere.watch.application.DigestService;
import org.filiere.watch.application.TenderService;
import org.filiere.watch.application.WatchCommands.ComposeWeeklyDigests;
import org.filiere.watch.application.WatchCommands.SetWatchProfile;
import org.filiere.watch.application.WatchProfileService;
import org.filiere.wiring.CoreProducers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One person known as a member's contact, a trainee, an event registrant, a letter subscriber, a journalist, a
 * recipient of a member's tender digests beside a colleague, a partner organisation's contact and the address of a
 * partner's listing: one export finds them in each place, one erasure leaves no trace of their name or address in any
 * text column of the database, and the event figures, the colleague, the digest and the partner stay as they were.
 */
class PersonalDataErasureTest {

    private static final String NAME = "Alice Delacroix";
    private static final String EMAIL = "alice.delacroix@example.fr";
    private static final String WATCH = "veille@alpes-logiciels.example.org";
    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
    private final Actor staff = aStaffMember();

    static Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @BeforeEach
    void februaryFirst() {
        EventClock.CLOCK.setDay(LocalDate.of(2025, 2, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldExportThePersonFromEveryPlaceAndEraseEveryTraceKeepingTheFigures(TestDatabase database)
            throws SQLException {
        try (FiliereContainer filiere = FiliereContainer.start(database, EventClock.class)) {
            MembershipService memberships = filiere.get(MembershipService.class);
            MemberId member = memberships.apply(anApplication("30206838200050", "Alpes Logiciels", 2025));
            memberships.admit(new AdmitMember(staff, member, 2025));
            filiere.get(ContactService.class).add(staff, member, NAME, "CEO", "Alice.Delacroix@example.fr",
                    "04 76 00 00 00");
            EventService events = filiere.get(EventService.class);
            EventId event = events.plan(new PlanEvent(staff, aThematicMeetingOn(DAY), 10));
            events.publish(new PublishEvent(staff, event));
            events.register(new RegisterForEvent(staff, event, Participant.outsider(NAME, EMAIL, "Delacroix Conseil")));
            events.register(new RegisterForEvent(staff, event, anOutsider(1)));
            CatalogueService catalogue = filiere.get(CatalogueService.class);
            SessionId session = catalogue.schedule(new ScheduleSession(staff,
                    catalogue.addCourse(new AddCourse(staff, aCybersecurityCourse())), aDayOn(DAY), 5, true));
            filiere.get(RegistrationService.class).register(new Register(staff, session,
                    Participant.outsider(NAME, EMAIL, "Delacroix Conseil")));
            filiere.get(SubscriberService.class).subscribe(staff, NAME, EMAIL);
            MediaService media = filiere.get(MediaService.class);
            MediaOutletId outlet = media.addOutlet(new AddOutlet(staff, "Le Dauphiné libéré", MediaKind.DAILY_PRESS,
                    Optional.empty()));
            media.addJournalist(new AddJournalist(staff, outlet, NAME, EMAIL, "06 00 00 00 00", "économie"));
            PartnerId partner = filiere.get(PartnerService.class).register(new RegisterPartner(staff, "Minalogic",
                    PartnerType.COMPETITIVENESS_CLUSTER, new PartnerContact(NAME, EMAIL, "04 76 11 11 11")));
            filiere.get(PartnerDirectoryService.class).receive(new ReceivePartnerData(new PartnerSource("pole-sce"),
                    "annuaire.jsonld", List.of(new Incoming<>("org-1", new PartnerListingDetails("Alpes Conseil",
                            Optional.empty(), Optional.empty(), PartnerAddress.unknown(), "Conseil", Optional.empty(),
                            Optional.of(EMAIL), Optional.of("04 76 22 22 22")))), List.of(), List.of()));
            WatchProfileService watch = filiere.get(WatchProfileService.class);
            watch.setProfile(new SetWatchProfile(staff, member, List.of("logiciel"), List.of(), List.of(), List.of(),
                    List.of(), List.of(), Optional.empty(), Optional.empty(),
                    List.of(WATCH, "Alice.Delacroix@example.fr"), true));
            filiere.get(TenderService.class).receive(WatchFixtures.aNotice("A", "Acquisition de logiciels", "",
                    "48000000-8"));
            DigestService digests = filiere.get(DigestService.class);
            WatchWeek week = WatchWeek.of(EventClock.CLOCK.instant().atZone(CoreProducers.ASSOCIATION_ZONE)
                    .toLocalDate());
            assertThat(digests.compose(new ComposeWeeklyDigests(staff, week))).hasSize(1);
            EventClock.CLOCK.setDay(DAY);
            EventClock.CLOCK.advance(java.time.Duration.ofHours(14));
            events.markHeld(new MarkEventHeld(staff, event));
            long registrantsBefore = filiere.get(EventDirectory.class).yearFigures(2025).registrants();
            PersonalDataService personalData = filiere.get(PersonalDataService.class);

            PersonalDataExport export = personalData.export(staff, " " + EMAIL.toUpperCase(Locale.ROOT));

            assertThat(export.places()).containsOnlyKeys("member contacts",
                    "event registrations and speed-meeting profiles", "technology letter subscribers", "journalists",
                    "training registrations", "consents", "tender watch recipients", "partner contacts");
            assertThat(export.places()).allSatisfy((place, records) -> {
                if (place.equals("consents")) {
                    assertThat(records).extracting(r -> r.get("purpose"))
                            .containsExactlyInAnyOrder("TECH_LETTER", "TENDER_DIGESTS");
                } else if (place.equals("partner contacts")) {
                    assertThat(records).extracting(r -> r.get("record") + " " + r.get("organisation"))
                            .containsExactly("partner organisation Minalogic", "partner listing Alpes Conseil");
                    assertThat(records.get(0)).containsEntry("name", NAME);
                } else if (place.equals("tender watch recipients")) {
                    assertThat(records).extracting(r -> r.get("record") + " " + r.get("member"))
                            .containsExactly("watch profile " + member.value(), "digest " + member.value());
                } else {
                    assertThat(records).singleElement().satisfies(r -> assertThat(r).containsEntry("name", NAME));
                }
            });
            assertThat(texts(filiere)).as("before erasure").anySatisfy(t -> assertThat(t).contains(EMAIL));

            PersonalDataErasure erasure = personalData.erase(staff, EMAIL);

            assertThat(erasure.erased()).containsOnlyKeys(export.places().keySet());
            assertThat(erasure.erased()).containsEntry("consents", 2).containsEntry("tender watch recipients", 2);
            assertThat(erasure.erased()).containsEntry("partner contacts", 2);
            assertThat(erasure.total()).isEqualTo(11);
            assertThat(texts(filiere)).as("every text column of every table after erasure")
                    .noneSatisfy(t -> assertThat(t).containsAnyOf(EMAIL, "delacroix", "Delacroix"));
            assertThat(personalData.export(staff, EMAIL).isEmpty()).isTrue();
            assertThat(filiere.get(EventDirectory.class).yearFigures(2025).registrants()).isEqualTo(registrantsBefore);
            assertThat(watch.profile(member).orElseThrow().recipients()).containsExactly(WATCH);
            assertThat(digests.digests(member, week)).singleElement().satisfies(d -> {
                assertThat(d.recipients()).hasSize(2).contains(WATCH);
                assertThat(d.entries()).hasSize(1);
            });
            assertThat(filiere.get(PartnerService.class).partner(partner)).hasValueSatisfying(p -> {
                assertThat(p.name()).isEqualTo("Minalogic");
                assertThat(p.contact()).isEqualTo(PartnerContact.erased());
            });
            assertThat(filiere.get(TrainingDirectory.class).registrations(staff, session)).singleElement().satisfies(r -> {
                assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED);
                assertThat(r.participant().name()).isEqualTo(Participant.ERASED_NAME);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldLetOnlyStaffExportOrEraseAndRefuseWhatIsNotAnAddress(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, EventClock.class)) {
            PersonalDataService personalData = filiere.get(PersonalDataService.class);
            Actor representative = Actor.representativeOf("302068382", "bruno-petit", "Bruno Petit");

            assertThatThrownBy(() -> personalData.export(representative, EMAIL))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> personalData.erase(representative, EMAIL))
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> personalData.erase(staff, "Alice Delacroix"))
                    .hasMessageContaining("e-mail").hasMessageContaining("Alice Delacroix");
            assertThat(personalData.places()).hasSize(10).contains("partner contacts");
        }
    }

    /** Every value of every text column of the library's tables, Liquibase's own aside. */
    private static List<String> texts(FiliereContainer filiere) throws SQLException {
        Set<Integer> textTypes = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR,
                Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);
        List<String> values = new ArrayList<>();
        try (Connection c = filiere.get(Storage.class).dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, c.getSchema(), "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME");
                    if (textTypes.contains(rs.getInt("DATA_TYPE"))
                            && !table.toLowerCase(Locale.ROOT).startsWith("databasechangelog")) {
                        columns.add(new String[] {table, rs.getString("COLUMN_NAME")});
                    }
                }
            }
            assertThat(columns).as("text columns found").hasSizeGreaterThan(50);
            for (String[] column : columns) {
                try (PreparedStatement s = c.prepareStatement("SELECT " + column[1] + " FROM " + column[0]);
                        ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String value = rs.getString(1);
                        if (value != null) {
                            values.add(column[0] + "." + column[1] + "=" + value);
                        }
                    }
                }
            }
        }
        return values;
    }
}
