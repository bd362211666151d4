package org.filiere.portal.web;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.filiere.directory.DirectoryListing;
import org.filiere.directory.PublicEvent;
import org.filiere.member.application.MemberView;
import org.filiere.training.Schedule;
import org.filiere.training.application.RegistrationView;
import org.filiere.training.application.SessionView;

/** What the templates show of the library's views, as plain rows of text. */
final class Rows {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.FRANCE);

    private Rows() {
    }

    static Map<String, Object> session(SessionView s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", s.id().value().toString());
        row.put("title", s.courseTitle());
        row.put("day", s.plan().schedule().day().format(DAY));
        row.put("hours", s.plan().schedule().start().format(TIME) + "–" + s.plan().schedule().end().format(TIME));
        row.put("venue", s.plan().venue().oneLine());
        row.put("capacity", s.capacity());
        row.put("confirmed", s.confirmed());
        row.put("waitlisted", s.waitlisted());
        row.put("seatsLeft", s.seatsLeft());
        row.put("status", s.status().name());
        row.put("open", s.status().name().equals("OPEN") || s.status().name().equals("FULL"));
        row.put("memberPrice", s.plan().prices().members().toPlainString());
        row.put("otherPrice", s.plan().prices().nonMembers().toPlainString());
        row.put("deadline", s.plan().registrationDeadline().format(DAY));
        return row;
    }

    static Map<String, Object> registration(RegistrationView r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", r.id().value().toString());
        row.put("name", r.participant().name());
        row.put("email", r.participant().email());
        row.put("organisation", r.participant().organisation());
        row.put("arrival", r.arrival());
        row.put("status", r.status().name());
        row.put("waitlistPosition", r.waitlistPosition().map(String::valueOf).orElse(""));
        row.put("attendance", r.attendance().name());
        row.put("confirmed", r.status().name().equals("CONFIRMED"));
        row.put("cancelled", r.status().name().equals("CANCELLED"));
        return row;
    }

    static Map<String, Object> member(MemberView m) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("siren", m.id().value());
        row.put("name", m.name());
        row.put("activity", m.activity().label());
        row.put("sector", m.sector().label());
        row.put("commune", m.address().commune());
        row.put("address", m.address().street() + ", " + m.address().postcode() + " " + m.address().commune());
        row.put("size", m.sizeBand().toString());
        row.put("status", m.memberships().isEmpty() ? ""
                : m.memberships().get(m.memberships().size() - 1).status().name());
        return row;
    }

    static Map<String, Object> event(PublicEvent e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", e.id());
        row.put("title", e.title());
        row.put("description", e.description());
        row.put("day", e.start().atZone(Schedule.ZONE).format(DAY));
        row.put("hours", e.start().atZone(Schedule.ZONE).format(TIME)
                + e.end().map(end -> "–" + end.atZone(Schedule.ZONE).format(TIME)).orElse(""));
        row.put("venue", e.place() + (e.address().locality().isBlank() ? "" : ", " + e.address().locality()));
        return row;
    }

    static Map<String, Object> listing(DirectoryListing l) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("siren", l.memberId().value());
        row.put("name", l.name());
        row.put("activity", l.activity().label());
        row.put("sector", l.sector());
        row.put("commune", l.address().commune());
        row.put("address", l.address().street() + ", " + l.address().postcode() + " " + l.address().commune());
        row.put("offer", l.offer());
        return row;
    }
}
