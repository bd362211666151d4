package org.filiere.speedmeeting.application;

import java.util.Set;

import org.filiere.access.Actor;
import org.filiere.event.EventId;
import org.filiere.event.EventRegistrationId;
import org.filiere.speedmeeting.Layout;
import org.filiere.speedmeeting.MeetingId;
import org.filiere.speedmeeting.ParticipantId;
import org.filiere.speedmeeting.Slot;

/** The commands on speed-meetings, each saying who acts. */
public final class SpeedMeetingCommands {

    private SpeedMeetingCommands() {
    }

    /**
     * Staff open the speed-meeting of a speed-meeting event.
     *
     * @param actor  staff
     * @param event  the event, of kind speed-meeting
     * @param layout rounds, tables and times
     * @param optOut whether requests are accepted unless declined
     */
    public record OpenSpeedMeeting(Actor actor, EventId event, Layout layout, boolean optOut) {
    }

    /**
     * Staff change the layout, before the timetable is published.
     *
     * @param actor  staff
     * @param event  the event
     * @param layout the new layout
     */
    public record ChangeLayout(Actor actor, EventId event, Layout layout) {
    }

    /**
     * A person registered for the event (with a seat) joins the speed-meeting.
     *
     * @param actor        staff, or the representative of the person's member
     * @param event        the event
     * @param registration their registration for the event
     * @param sector       their sector
     * @param offer        what they offer
     * @param wants        what they look for
     * @param availability the rounds they can attend; empty for all
     */
    public record JoinSpeedMeeting(Actor actor, EventId event, EventRegistrationId registration, String sector,
            String offer, String wants, Set<Integer> availability) {
    }

    /**
     * A participant changes the rounds they can attend.
     *
     * @param actor        staff, or the representative of the participant's member
     * @param event        the event
     * @param participant  the participant
     * @param availability the rounds; empty for all
     */
    public record ChangeAvailability(Actor actor, EventId event, ParticipantId participant,
            Set<Integer> availability) {
    }

    /**
     * A participant leaves; their meetings are called off.
     *
     * @param actor       staff, or the representative of the participant's member
     * @param event       the event
     * @param participant who leaves
     */
    public record LeaveSpeedMeeting(Actor actor, EventId event, ParticipantId participant) {
    }

    /**
     * One participant asks another for a meeting.
     *
     * @param actor   staff, or the representative of the sender's member
     * @param event   the event
     * @param from    who asks
     * @param to      whom
     * @param message a short message
     */
    public record RequestMeeting(Actor actor, EventId event, ParticipantId from, ParticipantId to, String message) {
    }

    /**
     * The person asked accepts.
     *
     * @param actor   staff, or the representative of the receiver's member
     * @param event   the event
     * @param meeting the request
     */
    public record AcceptMeeting(Actor actor, EventId event, MeetingId meeting) {
    }

    /**
     * The person asked declines.
     *
     * @param actor   staff, or the representative of the receiver's member
     * @param event   the event
     * @param meeting the request
     */
    public record DeclineMeeting(Actor actor, EventId event, MeetingId meeting) {
    }

    /**
     * A request or a meeting is called off.
     *
     * @param actor   staff, or the representative of one of the two
     * @param event   the event
     * @param meeting the request
     * @param reason  why
     */
    public record WithdrawMeeting(Actor actor, EventId event, MeetingId meeting, String reason) {
    }

    /**
     * Staff lock a meeting to a round and table.
     *
     * @param actor   staff
     * @param event   the event
     * @param meeting the meeting
     * @param slot    round and table
     */
    public record LockMeeting(Actor actor, EventId event, MeetingId meeting, Slot slot) {
    }

    /**
     * Staff place every accepted meeting and publish the timetable.
     *
     * @param actor staff
     * @param event the event
     */
    public record ScheduleMeetings(Actor actor, EventId event) {
    }
}
