package org.filiere.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.filiere.directory.PartnerEventId;
import org.filiere.directory.PartnerListingId;
import org.filiere.directory.PartnerPersonId;
import org.filiere.event.EventId;
import org.filiere.event.EventRegistrationId;
import org.filiere.funding.ExpenseLineId;
import org.filiere.funding.IncomeLineId;
import org.filiere.member.ContactId;
import org.filiere.press.CoverageEntryId;
import org.filiere.press.DistributionListId;
import org.filiere.press.JournalistId;
import org.filiere.press.MediaOutletId;
import org.filiere.press.PressReleaseId;
import org.filiere.press.ReleaseDeliveryId;
import org.filiere.privacy.ConsentChangeId;
import org.filiere.programme.AgreementId;
import org.filiere.programme.PartnerId;
import org.filiere.programme.PartnerProgrammeId;
import org.filiere.project.CallForProjectsId;
import org.filiere.project.CommitteeMemberId;
import org.filiere.project.CommitteeSessionId;
import org.filiere.project.MilestoneId;
import org.filiere.project.ProjectId;
import org.filiere.report.IndicatorTargetId;
import org.filiere.speedmeeting.MeetingId;
import org.filiere.speedmeeting.ParticipantId;
import org.filiere.techwatch.LetterDeliveryId;
import org.filiere.techwatch.LetterSubscriberId;
import org.filiere.techwatch.TechFeedId;
import org.filiere.techwatch.TechItemId;
import org.filiere.techwatch.TechLetterId;
import org.filiere.techwatch.WatchTopicId;
import org.filiere.training.CourseId;
import org.filiere.training.RegistrationId;
import org.filiere.training.SessionId;
import org.filiere.watch.DigestId;

class IdsTest {

    record Reader(String record, Function<String, Object> read) {
    }

    static Stream<Arguments> readers() {
        return Stream.of(
                reader("A partner event", PartnerEventId::parse),
                reader("A partner directory listing", PartnerListingId::parse),
                reader("A partner person", PartnerPersonId::parse),
                reader("An event", EventId::of),
                reader("An event registration", EventRegistrationId::of),
                reader("An expense line", ExpenseLineId::of),
                reader("An income line", IncomeLineId::of),
                reader("A contact person", ContactId::of),
                reader("A coverage log entry", CoverageEntryId::parse),
                reader("A distribution list", DistributionListId::parse),
                reader("A journalist", JournalistId::parse),
                reader("A media outlet", MediaOutletId::parse),
                reader("A press release", PressReleaseId::parse),
                reader("A press release delivery", ReleaseDeliveryId::parse),
                reader("A consent change", ConsentChangeId::of),
                reader("A cooperation agreement", AgreementId::of),
                reader("A partner", PartnerId::of),
                reader("A partner programme", PartnerProgrammeId::of),
                reader("A call for projects", CallForProjectsId::of),
                reader("A committee member", CommitteeMemberId::of),
                reader("A committee session", CommitteeSessionId::of),
                reader("A project milestone", MilestoneId::of),
                reader("A project", ProjectId::of),
                reader("An indicator target", IndicatorTargetId::of),
                reader("A speed-meeting meeting", MeetingId::of),
                reader("A speed-meeting participant", ParticipantId::of),
                reader("A technology letter delivery", LetterDeliveryId::parse),
                reader("A technology letter subscriber", LetterSubscriberId::parse),
                reader("A technology news feed", TechFeedId::parse),
                reader("A technology news item", TechItemId::parse),
                reader("A technology letter", TechLetterId::parse),
                reader("A watch topic", WatchTopicId::parse),
                reader("A course", CourseId::of),
                reader("A training registration", RegistrationId::of),
                reader("A training session", SessionId::of),
                reader("A tenders digest", DigestId::parse));
    }

    private static Arguments reader(String record, Function<String, Object> read) {
        return Arguments.of(Named.of(record, new Reader(record, read)));
    }

    @ParameterizedTest
    @MethodSource("readers")
    void shouldReadTheIdItWroteAsText(Reader reader) {
        UUID uuid = UUID.randomUUID();

        Object id = reader.read().apply("  " + uuid + " ");

        assertThat(id.toString()).isEqualTo(uuid.toString());
        assertThat(reader.read().apply(id.toString())).isEqualTo(id);
    }

    @ParameterizedTest
    @MethodSource("readers")
    void shouldRefuseTextThatIsNotAnIdNamingTheRecordAndTheField(Reader reader) {
        InvalidFieldException refusal = catchThrowableOfType(InvalidFieldException.class,
                () -> reader.read().apply("xyz"));

        assertThat(refusal.record()).isEqualTo(reader.record());
        assertThat(refusal.field()).isEqualTo("id");
        assertThat(refusal.reason()).isEqualTo("is not a valid id: \"xyz\"");
        assertThat(refusal).hasMessage(reader.record() + ": its id is not a valid id: \"xyz\"");
    }

    @ParameterizedTest
    @MethodSource("readers")
    void shouldRefuseAShortenedIdThatOnlyALenientReaderWouldTake(Reader reader) {
        String text = "1-2-3-4-5";

        InvalidFieldException refusal = catchThrowableOfType(InvalidFieldException.class,
                () -> reader.read().apply(text));

        assertThat(refusal.reason()).isEqualTo("is not a valid id: \"" + text + "\"");
    }

    @ParameterizedTest
    @MethodSource("readers")
    void shouldRefuseAMissingId(Reader reader) {
        assertThat(catchThrowableOfType(InvalidFieldException.class, () -> reader.read().apply(" ")).reason())
                .isEqualTo("is missing");
        assertThat(catchThrowableOfType(InvalidFieldException.class, () -> reader.read().apply(null)).reason())
                .isEqualTo("is missing");
    }
}
