package org.filiere.persistence.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;
import static org.filiere.fixtures.TrainingFixtures.aCybersecurityCourse;
import static org.filiere.fixtures.TrainingFixtures.aDayOn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.filiere.access.Actor;
import org.filiere.member.ContactId;
import org.filiere.member.ContactPerson;
import org.filiere.member.MemberId;
import org.filiere.member.application.ContactService;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.persistence.event.EventClock;
import org.filiere.privacy.PersonalDataErasure;
import org.filiere.privacy.PersonalDataExport;
import org.filiere.privacy.application.PersonalDataService;
import org.filiere.training.SessionId;
import org.filiere.training.Speaker;
import org.filiere.training.SpeakerId;
import org.filiere.training.application.CatalogueService;
import org.filiere.training.application.SpeakerPersonalData;
import org.filiere.training.application.TrainingCommands.AddCourse;
import org.filiere.training.application.TrainingCommands.ScheduleSession;
import org.filiere.training.application.TrainingDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Training speakers are people known by id: two contact persons of one member with the same name, and two outside
 * experts with the same name, are four people; exporting or erasing one of them leaves the other as they were.
 */
class SpeakerPersonalDataTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);
    private static final String CONTACT_NAME = "Marc Blanc";
    private static final String EXPERT_NAME = "Julie Morel";
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
    void shouldExportAndEraseOneOfTwoSameNameContactSpeakersByTheirAddress(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, EventClock.class)) {
            MemberId member = aMember(filiere);
            ContactService contacts = filiere.get(ContactService.class);
            ContactId first = contacts.add(staff, member, CONTACT_NAME, "CTO", "marc.blanc@alpes.example.fr", "");
            ContactId second = contacts.add(staff, member, CONTACT_NAME, "Sales", "m.blanc@alpes.example.fr", "");
            SessionId session = aSessionWith(filiere, Speaker.contact(contact(filiere, member, first), "Alpes", "CTO"),
                    Speaker.contact(contact(filiere, member, second), "Alpes", "Sales lead"));
            PersonalDataService personalData = filiere.get(PersonalDataService.class);

            PersonalDataExport export = personalData.export(staff, "marc.blanc@alpes.example.fr");

            assertThat(export.places().get("training speakers")).singleElement().satisfies(r -> {
                assertThat(r).containsEntry("speaker", SpeakerId.of(first).toString());
                assertThat(r).containsEntry("bio", "CTO");
            });

            PersonalDataErasure erasure = personalData.erase(staff, "marc.blanc@alpes.example.fr");

            assertThat(erasure.erased()).containsEntry("training speakers", 1).containsEntry("member contacts", 1);
            assertThat(speakers(filiere, session)).containsExactly(
                    new Speaker(Optional.empty(), Speaker.ERASED_NAME, "Alpes", "", Optional.of(member)),
                    new Speaker(Optional.of(SpeakerId.of(second)), CONTACT_NAME, "Alpes", "Sales lead",
                            Optional.of(member)));
            assertThat(personalData.export(staff, "m.blanc@alpes.example.fr").places().get("training speakers"))
                    .singleElement().satisfies(r -> assertThat(r).containsEntry("bio", "Sales lead"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldExportAndEraseOneOfTwoSameNameOutsideExpertsByTheirId(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database, EventClock.class)) {
            Speaker anssi = Speaker.guest(EXPERT_NAME, "ANSSI", "Regional adviser");
            Speaker bpi = Speaker.guest(EXPERT_NAME, "Bpifrance", "Investment officer");
            SessionId session = aSessionWith(filiere, anssi, bpi);
            SessionId later = aSessionOn(filiere, DAY.plusDays(7), bpi);
            SpeakerPersonalData speakers = filiere.get(SpeakerPersonalData.class);

            List<Map<String, String>> export = speakers.export(staff, bpi.id().orElseThrow());

            assertThat(export).extracting(r -> r.get("session"))
                    .containsExactly(session.toString(), later.toString());
            assertThat(export).allSatisfy(r -> assertThat(r).containsEntry("organisation", "Bpifrance"));

            assertThat(speakers.erase(staff, anssi.id().orElseThrow())).isEqualTo(1);

            assertThat(speakers(filiere, session)).containsExactly(anssi.erased(), bpi);
            assertThat(speakers(filiere, later)).containsExactly(bpi);
            assertThat(speakers.export(staff, anssi.id().orElseThrow())).isEmpty();
            assertThat(speakers.export(staff, bpi.id().orElseThrow())).hasSize(2);
            assertThat(speakers.erase(staff, anssi.id().orElseThrow())).as("a second erasure").isZero();
        }
    }

    private MemberId aMember(FiliereContainer filiere) {
        MembershipService memberships = filiere.get(MembershipService.class);
        MemberId member = memberships.apply(anApplication("30206838200050", "Alpes Logiciels", 2025));
        memberships.admit(new AdmitMember(staff, member, 2025));
        return member;
    }

    private ContactPerson contact(FiliereContainer filiere, MemberId member, ContactId id) {
        return filiere.get(ContactService.class).ofMember(staff, member).stream().filter(c -> c.id().equals(id))
                .findFirst().orElseThrow();
    }

    private SessionId aSessionWith(FiliereContainer filiere, Speaker... speakers) {
        return aSessionOn(filiere, DAY, speakers);
    }

    private SessionId aSessionOn(FiliereContainer filiere, LocalDate day, Speaker... speakers) {
        CatalogueService catalogue = filiere.get(CatalogueService.class);
        return catalogue.schedule(new ScheduleSession(staff, catalogue.addCourse(new AddCourse(staff,
                aCybersecurityCourse())), aDayOn(day, speakers), 5, true));
    }

    private static List<Speaker> speakers(FiliereContainer filiere, SessionId session) {
        return filiere.get(TrainingDirectory.class).session(session).orElseThrow().plan().speakers();
    }
}
