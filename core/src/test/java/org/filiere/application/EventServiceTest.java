package org.filiere.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.EventFixtures.aThematicMeetingOn;
import static org.filiere.fixtures.Fixtures.aStaffMember;
import static org.filiere.fixtures.Fixtures.anApplication;
import static org.filiere.fixtures.TrainingFixtures.anEmployeeOf;
import static org.filiere.fixtures.TrainingFixtures.anOutsider;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.filiere.access.AccessRefusedException;
import org.filiere.access.Actor;
import org.filiere.event.AttendeeCheckedIn;
import org.filiere.event.EventHeld;
import org.filiere.event.EventId;
import org.filiere.event.EventKind;
import org.filiere.event.EventPlanned;
import org.filiere.event.EventPublished;
import org.filiere.event.EventQuery;
import org.filiere.event.EventRegistrationConfirmed;
import org.filiere.event.EventRegistrationWaitlisted;
import org.filiere.event.EventStatus;
import org.filiere.event.EventYearFigures;
import org.filiere.event.application.EventCalendar;
import org.filiere.event.application.EventCommands.CancelEvent;
import org.filiere.event.application.EventCommands.CheckIn;
import org.filiere.event.application.EventCommands.MarkEventHeld;
import org.filiere.event.application.EventCommands.PlanEvent;
import org.filiere.event.application.EventCommands.PublishEvent;
import org.filiere.event.application.EventCommands.RecordEventFeedback;
import org.filiere.event.application.EventCommands.RegisterForEvent;
import org.filiere.event.application.EventDirectory;
import org.filiere.event.application.EventRegistrationOutcome;
import org.filiere.event.application.EventService;
import org.filiere.fixtures.Fixtures;
import org.filiere.fixtures.InMemoryEvents;
import org.filiere.fixtures.InMemoryMembers;
import org.filiere.fixtures.InMemoryPartnerOrganisations;
import org.filiere.fixtures.MutableClock;
import org.filiere.fixtures.RecordedEvents;
import org.filiere.kernel.NotFoundException;
import org.filiere.member.MemberId;
import org.filiere.member.NafNomenclature;
import org.filiere.member.RenewalGracePolicy;
import org.filiere.member.application.MembershipCommands.AdmitMember;
import org.filiere.member.application.MembershipService;
import org.filiere.programme.PartnerContact;
import org.filiere.programme.PartnerId;
import org.filiere.programme.PartnerOrganisation;
import org.filiere.programme.PartnerType;
import org.filiere.training.RegistrationStatus;
import org.filiere.training.Satisfaction;
import org.junit.jupiter.api.Test;

class EventServiceTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    private final MutableClock clock = new MutableClock(LocalDate.of(2025, 2, 1));
    private final InMemoryMembers members = new InMemoryMembers();
    private final InMemoryEvents store = new InMemoryEvents();
    private final InMemoryPartnerOrganisations partners = new InMemoryPartnerOrganisations();
    private final RecordedEvents recorded = new RecordedEvents();
    private final MembershipService memberships = new MembershipService(members, NafNomenclature.shipped(),
            new RenewalGracePolicy(MonthDay.of(3, 31)), recorded, clock);
    private final EventService events = new EventService(store, members, partners, recorded, clock);
    private final EventDirectory directory = new EventDirectory(store, partners);
    private final EventCalendar calendar = new EventCalendar(store, partners, clock);
    private final Actor staff = aStaffMember();

    private MemberId aMember(int index, int year) {
        MemberId id = memberships.apply(anApplication(Fixtures.SIRETS[index], "Company " + index, year));
        memberships.admit(new AdmitMember(staff, id, year));
        return id;
    }

    private PartnerId aPartner(String name) {
        PartnerOrganisation partner = new PartnerOrganisation(PartnerId.random(), name, PartnerType.CLUSTER,
                new PartnerContact("Marc Dupont", "marc.dupont@example.org", ""), 0);
        partners.save(partner);
        return partner.id();
    }

    private EventId aPublishedThematicMeeting(int seats, PartnerId... coOrganisers) {
        EventId id = events.plan(new PlanEvent(staff, aThematicMeetingOn(DAY, coOrganisers), seats));
        events.publish(new PublishEvent(staff, id));
        return id;
    }

    @Test
    void shouldPlanPublishAndSayItWithThePartnersNamed() {
        PartnerId minalogic = aPartner("Minalogic");

        EventId id = aPublishedThematicMeeting(30, minalogic);

        assertThat(recorded.ofType(EventPlanned.class)).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(EventKind.THEMATIC_MEETING));
        assertThat(recorded.ofType(EventPublished.class)).singleElement()
                .satisfies(e -> assertThat(e.event()).isEqualTo(id));
        assertThat(directory.event(id).orElseThrow()).satisfies(v -> {
            assertThat(v.status()).isEqualTo(EventStatus.PUBLISHED);
            assertThat(v.partnerNames()).containsExactly("Minalogic");
            assertThat(v.seatsLeft()).isEqualTo(30);
        });
        assertThat(directory.events(EventQuery.all().ofKind(EventKind.THEMATIC_MEETING).inYear(2025)))
                .extracting(v -> v.id()).containsExactly(id);
    }

    @Test
    void shouldRefuseAnUnknownPartnerAndSaveNothing() {
        PartnerId unknown = PartnerId.random();

        assertThatThrownBy(() -> events.plan(new PlanEvent(staff, aThematicMeetingOn(DAY, unknown), 30)))
                .isInstanceOf(NotFoundException.class).hasMessage("No partner organisation " + unknown + " is known.");
        assertThat(directory.events(EventQuery.all())).isEmpty();
        assertThat(recorded.all()).isEmpty();
    }

    @Test
    void shouldChargeTheMemberPriceToMembersStaffAndWaitlistOnceFull() {
        MemberId member = aMember(0, 2025);
        EventId id = aPublishedThematicMeeting(1);

        EventRegistrationOutcome employee = events.register(new RegisterForEvent(
                Actor.representativeOf(member.value(), "alice-roux", "Alice Roux"), id, anEmployeeOf(member, "Alice Roux")));
        EventRegistrationOutcome outsider = events.register(new RegisterForEvent(staff, id, anOutsider(1)));

        assertThat(employee.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(employee.price()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(outsider.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(outsider.waitlistPosition()).contains(1);
        assertThat(outsider.price()).isEqualByComparingTo("20");
        assertThat(recorded.ofType(EventRegistrationConfirmed.class)).singleElement()
                .satisfies(e -> assertThat(e.memberRate()).isTrue());
        assertThat(recorded.ofType(EventRegistrationWaitlisted.class)).hasSize(1);
    }

    @Test
    void shouldRefuseARepresentativeRegisteringAnotherMembersStaff() {
        MemberId member = aMember(0, 2025);
        MemberId other = aMember(1, 2025);
        EventId id = aPublishedThematicMeeting(5);

        assertThatThrownBy(() -> events.register(new RegisterForEvent(Actor.representativeOf(other.value(), "bob", "Bob"),
                id, anEmployeeOf(member, "Alice Roux")))).isInstanceOf(AccessRefusedException.class);
        assertThat(directory.event(id).orElseThrow().confirmed()).isZero();
    }

    @Test
    void shouldCheckPeopleInMarkNoShowsAndGiveTheYearsFigures() {
        MemberId member = aMember(0, 2025);
        EventId id = aPublishedThematicMeeting(10);
        EventRegistrationOutcome alice = events.register(new RegisterForEvent(staff, id,
                anEmployeeOf(member, "Alice Roux")));
        events.register(new RegisterForEvent(staff, id, anOutsider(1)));
        EventRegistrationOutcome bruno = events.register(new RegisterForEvent(staff, id, anOutsider(2)));
        EventId cancelled = aPublishedThematicMeeting(10);
        events.register(new RegisterForEvent(staff, cancelled, anOutsider(3)));
        events.cancel(new CancelEvent(staff, cancelled, "Intervenant indisponible"));

        clock.setDay(DAY);
        assertThat(events.checkIn(new CheckIn(staff, id, alice.registration()))).isTrue();
        events.checkIn(new CheckIn(staff, id, bruno.registration()));
        clock.advance(Duration.ofHours(3));
        EventHeld held = events.markHeld(new MarkEventHeld(staff, id));
        events.recordFeedback(new RecordEventFeedback(staff, id, alice.registration(), new Satisfaction(5, "Top")));
        events.recordFeedback(new RecordEventFeedback(staff, id, bruno.registration(), new Satisfaction(4, "")));

        assertThat(held.present()).isEqualTo(2);
        assertThat(held.noShows()).isEqualTo(1);
        assertThat(recorded.ofType(AttendeeCheckedIn.class)).hasSize(2);
        EventYearFigures year = directory.yearFigures(2025);
        assertThat(year.totalHeld()).isEqualTo(1);
        assertThat(year.heldOf(EventKind.THEMATIC_MEETING)).isEqualTo(1);
        assertThat(year.registrants()).isEqualTo(3);
        assertThat(year.present()).isEqualTo(2);
        assertThat(year.memberRegistrants()).isEqualTo(1);
        assertThat(year.nonMemberRegistrants()).isEqualTo(2);
        assertThat(year.attendanceRate()).isEqualByComparingTo("66.7");
        assertThat(year.averageSatisfaction()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("4.50"));
        assertThat(directory.figures(id).noShows()).isEqualTo(1);
        assertThat(directory.yearFigures(2024).totalHeld()).isZero();
    }

    @Test
    void shouldWriteAnEventAndTheFeedAsICalendarWithTheSequenceRaisedOnCancellation() throws Exception {
        PartnerId minalogic = aPartner("Minalogic");
        EventId id = aPublishedThematicMeeting(10, minalogic);
        EventId draft = events.plan(new PlanEvent(staff, aThematicMeetingOn(DAY.plusDays(7)), 10));

        VEvent published = single(calendar.event(id));
        assertThat(published.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(id.toString());
        assertThat(published.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
        assertThat(published.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
        assertThat(published.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .contains("Organised by Claire Martin with Minalogic");

        events.cancel(new CancelEvent(staff, id, "Salle indisponible"));
        VEvent cancelled = single(calendar.event(id));
        assertThat(cancelled.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("2");
        assertThat(cancelled.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");

        Calendar feed = new CalendarBuilder().build(new StringReader(calendar.publishedFeed()));
        List<VEvent> listed = feed.getComponents("VEVENT");
        assertThat(listed).extracting(e -> e.getProperty(Property.UID).orElseThrow().getValue())
                .containsExactly(id.toString()).doesNotContain(draft.toString());
        assertThat(feed.getComponents("VTIMEZONE")).hasSize(1);
    }

    private static VEvent single(String ics) throws Exception {
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> found = parsed.getComponents("VEVENT");
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
