package org.filiere.persistence.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.filiere.access.AccessRefusedException;
import org.filiere.access.Actor;
import org.filiere.audit.AuditEntry;
import org.filiere.audit.AuditQuery;
import org.filiere.audit.application.AuditService;
import org.filiere.directory.application.DirectoryCommands.ConsentToDirectory;
import org.filiere.directory.application.DirectoryCommands.WithdrawFromDirectory;
import org.filiere.directory.application.DirectoryService;
import org.filiere.fixtures.WatchFixtures;
import org.filiere.kernel.InvalidFieldException;
import org.filiere.member.MemberId;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipService;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.filiere.privacy.ConsentChange;
import org.filiere.privacy.ConsentMeans;
import org.filiere.privacy.ConsentPurpose;
import org.filiere.privacy.PersonReference;
import org.filiere.privacy.PersonalDataExport;
import org.filiere.privacy.application.ConsentPersonalData;
import org.filiere.privacy.application.ConsentService;
import org.filiere.privacy.application.ConsentService.ConsentCounts;
import org.filiere.privacy.application.PersonalDataService;
import org.filiere.techwatch.application.SubscriberService;
import org.filiere.watch.application.WatchProfileService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Consents of every purpose in one history: givings and withdrawals kept with who, when, what for and how, in the
 * audit trail without the address, in the person's export, and anonymised by their erasure with the counts kept.
 */
class ConsentPersistenceTest {

    private static final String EMAIL = "claire.morel@example.fr";
    private final Actor staff = aStaffMember();

    static Stream<TestDatabase> databases() {
        return TestDatabase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldKeepEveryGivingAndWithdrawalOfTheLetterWithWhoWhenAndHow(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            SubscriberService subscribers = filiere.get(SubscriberService.class);
            ConsentService consents = filiere.get(ConsentService.class);

            subscribers.subscribe(staff, "Claire Morel", " Claire.Morel@example.fr", ConsentMeans.ONLINE_FORM);
            subscribers.subscribe(staff, "Claire Morel", EMAIL, ConsentMeans.ONLINE_FORM);
            assertThat(consents.isGiven(staff, ConsentPurpose.TECH_LETTER, EMAIL)).isTrue();
            subscribers.unsubscribe(EMAIL);
            assertThat(consents.isGiven(staff, ConsentPurpose.TECH_LETTER, EMAIL)).isFalse();
            subscribers.subscribe(staff, "Claire Morel", EMAIL, ConsentMeans.PAPER_FORM);

            List<ConsentChange> history = consents.history(staff, EMAIL.toUpperCase(java.util.Locale.ROOT));
            assertThat(history).extracting(ConsentChange::given).containsExactly(true, false, true);
            assertThat(history).extracting(ConsentChange::means).containsExactly(ConsentMeans.ONLINE_FORM,
                    ConsentMeans.UNSUBSCRIBE_LINK, ConsentMeans.PAPER_FORM);
            assertThat(history).extracting(ConsentChange::purpose).containsOnly(ConsentPurpose.TECH_LETTER);
            assertThat(history.get(0).by()).contains(staff.id());
            assertThat(history.get(1).by()).as("withdrawn by the person, through the link").isEmpty();
            assertThat(history.get(0).at()).isBefore(history.get(1).at());
            assertThat(consents.isGiven(staff, ConsentPurpose.TECH_LETTER, EMAIL)).isTrue();

            List<AuditEntry> audit = filiere.get(AuditService.class).list(staff,
                    AuditQuery.latest().about(PersonReference.of(EMAIL)));
            assertThat(audit).extracting(AuditEntry::eventType).as("the changes, and staff reading the history")
                    .containsExactlyInAnyOrder("ConsentGiven", "ConsentWithdrawn", "ConsentGiven", "PersonalDataRead");
            assertThat(audit).filteredOn(e -> e.eventType().startsWith("Consent"))
                    .allSatisfy(e -> assertThat(e.summary()).contains("purpose=TECH_LETTER")
                            .doesNotContain("claire").doesNotContain("@"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldTakeDigestRecipientsAsConsentingOnceAndNeverOverrideTheirWithdrawal(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            MemberId member = aMember(filiere);
            Actor representative = Actor.representativeOf(member.value(), "rep-" + member.value(), "Hugo Lefèvre");
            WatchProfileService profiles = filiere.get(WatchProfileService.class);
            ConsentService consents = filiere.get(ConsentService.class);
            String recipient = "veille@" + member.value() + ".example.org";

            profiles.setProfile(WatchFixtures.aProfile(representative, member, List.of("logiciel"), List.of()));
            assertThat(consents.isGiven(staff, ConsentPurpose.TENDER_DIGESTS, recipient)).isTrue();
            consents.unsubscribe(ConsentPurpose.TENDER_DIGESTS, recipient);
            profiles.setProfile(WatchFixtures.aProfile(representative, member, List.of("cloud"), List.of()));

            assertThat(consents.isGiven(staff, ConsentPurpose.TENDER_DIGESTS, recipient)).isFalse();
            assertThat(consents.history(staff, recipient)).extracting(ConsentChange::means)
                    .containsExactly(ConsentMeans.MEMBER_PROFILE, ConsentMeans.UNSUBSCRIBE_LINK);
            assertThat(consents.history(staff, recipient).get(0).by()).contains(representative.id());
            consents.give(staff, ConsentPurpose.TENDER_DIGESTS, recipient, ConsentMeans.EMAIL);
            assertThat(consents.isGiven(staff, ConsentPurpose.TENDER_DIGESTS, recipient)).isTrue();
            assertThatThrownBy(() -> consents.unsubscribe(ConsentPurpose.PUBLIC_DIRECTORY, member.value()))
                    .isInstanceOf(InvalidFieldException.class)
                    .hasMessageContaining("withdrawn by the member's representative");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldRecordTheDirectoryConsentOfTheMemberByItsRepresentative(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            MemberId member = aMember(filiere);
            Actor representative = Actor.representativeOf(member.value(), "rep-" + member.value(), "Hugo Lefèvre");
            Actor another = Actor.representativeOf("552100554", "rep-552100554", "Hugo Lefèvre");
            DirectoryService directory = filiere.get(DirectoryService.class);
            ConsentService consents = filiere.get(ConsentService.class);

            directory.consent(new ConsentToDirectory(representative, member, "Logiciels de gestion"));
            directory.consent(new ConsentToDirectory(representative, member, "Logiciels de gestion et conseil"));
            directory.withdraw(new WithdrawFromDirectory(representative, member));
            directory.consent(new ConsentToDirectory(staff, member, "Logiciels de gestion"));

            List<ConsentChange> history = consents.history(representative, member.value());
            assertThat(history).extracting(ConsentChange::given).containsExactly(true, false, true);
            assertThat(history).extracting(ConsentChange::means).containsExactly(
                    ConsentMeans.MEMBER_REPRESENTATIVE, ConsentMeans.MEMBER_REPRESENTATIVE,
                    ConsentMeans.RECORDED_BY_STAFF);
            assertThat(consents.isGiven(representative, ConsentPurpose.PUBLIC_DIRECTORY, member.value())).isTrue();
            assertThatThrownBy(() -> consents.history(another, member.value()))
                    .as("the representative of another member, of the same name")
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> consents.history(representative, EMAIL))
                    .isInstanceOf(AccessRefusedException.class);
            assertThat(filiere.get(AuditService.class).list(staff, AuditQuery.latest().about(member.value())))
                    .extracting(AuditEntry::eventType).contains("ConsentGiven", "ConsentWithdrawn");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void shouldExportAPersonsConsentsAndEraseTheirAddressKeepingTheCounts(TestDatabase database) {
        try (FiliereContainer filiere = FiliereContainer.start(database)) {
            ConsentService consents = filiere.get(ConsentService.class);
            consents.give(staff, ConsentPurpose.TENDER_DIGESTS, EMAIL, ConsentMeans.ORALLY);
            consents.withdraw(staff, ConsentPurpose.TENDER_DIGESTS, EMAIL, ConsentMeans.EMAIL);
            consents.give(staff, ConsentPurpose.TECH_LETTER, EMAIL, ConsentMeans.ONLINE_FORM);
            consents.give(staff, ConsentPurpose.TECH_LETTER, "other.person@example.fr", ConsentMeans.ONLINE_FORM);
            ConsentCounts letterBefore = consents.counts(staff, ConsentPurpose.TECH_LETTER);
            ConsentCounts digestsBefore = consents.counts(staff, ConsentPurpose.TENDER_DIGESTS);
            PersonalDataService personalData = filiere.get(PersonalDataService.class);

            PersonalDataExport export = personalData.export(staff, EMAIL);

            assertThat(export.places()).containsOnlyKeys("consents");
            assertThat(export.places().get("consents")).extracting(r -> r.get("purpose") + " " + r.get("change")
                    + " " + r.get("means")).containsExactly("TENDER_DIGESTS given ORALLY",
                            "TENDER_DIGESTS withdrawn EMAIL", "TECH_LETTER given ONLINE_FORM");
            assertThat(export.places().get("consents")).allSatisfy(r -> assertThat(r.get("recordedBy"))
                    .isEqualTo(staff.id().value()));

            assertThat(personalData.erase(staff, EMAIL).erased()).containsEntry("consents", 3);

            assertThat(consents.history(staff, EMAIL)).isEmpty();
            assertThat(consents.isGiven(staff, ConsentPurpose.TECH_LETTER, EMAIL)).isFalse();
            assertThat(consents.counts(staff, ConsentPurpose.TECH_LETTER)).isEqualTo(letterBefore);
            assertThat(consents.counts(staff, ConsentPurpose.TENDER_DIGESTS)).isEqualTo(digestsBefore)
                    .isEqualTo(new ConsentCounts(ConsentPurpose.TENDER_DIGESTS, 1, 1));
            assertThat(consents.isGiven(staff, ConsentPurpose.TECH_LETTER, "other.person@example.fr")).isTrue();
            assertThat(personalData.places()).contains(filiere.get(ConsentPersonalData.class).name());
        }
    }

    private static MemberId aMember(FiliereContainer filiere) {
        MembershipService memberships = filiere.get(MembershipService.class);
        MemberId member = memberships.apply(anApplication("30206838200050", "Alpes Logiciels",
                java.time.LocalDate.now().getYear()));
        memberships.admit(new AdmitMember(aStaffMember(), member, java.time.LocalDate.now().getYear()));
        return member;
    }
}
