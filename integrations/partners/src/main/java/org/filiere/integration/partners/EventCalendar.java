package org.filiere.integration.partners;

import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

import org.filiere.directory.PublicEvent;

/**
 * The association's published events as an iCalendar feed (RFC 5545), written with ical4j:
 * times in UTC, one {@code VEVENT} per event with a stable {@code UID}, lines folded at 75 octets.
 */
public final class EventCalendar {

    private static final String PRODUCT_ID = "-//Filiere//Published events//FR";

    private final String idBase;

    /** @param idBase the start of the events' ids, as in the JSON-LD ({@code https://cluster.example.org/}) */
    public EventCalendar(String idBase) {
        this.idBase = idBase;
    }

    /**
     * The events as iCalendar text. With no events the feed is a calendar without components: RFC 5545 asks for at
     * least one, but feed readers take it as "nothing planned", so it is written without validation rather than
     * refused.
     *
     * @param stamp the moment the feed is written ({@code DTSTAMP})
     * @throws IllegalStateException if the calendar written would not pass iCalendar validation
     */
    public String write(List<PublicEvent> events, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT_ID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (PublicEvent e : events) {
            VEvent event = e.end().isPresent() ? new VEvent(e.start(), e.end().get(), e.title())
                    : new VEvent(e.start(), e.title());
            event.replace(new DtStamp(stamp));
            event.add(new Uid(idBase + "events/" + e.id()));
            if (!e.description().isEmpty()) {
                event.add(new Description(e.description()));
            }
            String where = e.place() + (e.address().isUnknown() ? "" : (e.place().isEmpty() ? "" : ", ") + e.address());
            if (!where.isEmpty()) {
                event.add(new Location(where));
            }
            e.url().ifPresent(u -> event.add(new Url(u)));
            calendar.add(event);
        }
        if (events.isEmpty()) {
            return fold(calendar.toString());
        }
        try {
            ValidationResult result = calendar.validate();
            if (!result.getEntries().isEmpty()) {
                throw new IllegalStateException("The events' calendar does not pass iCalendar validation: " + result);
            }
        } catch (ValidationException e) {
            throw new IllegalStateException("Cannot write the events' calendar: " + e.getMessage(), e);
        }
        return fold(calendar.toString());
    }

    /** Folds content lines at 75 octets of UTF-8 (ical4j folds at 75 characters), never inside a character. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 60 * 3);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length();) {
                int codePoint = line.codePointAt(i);
                int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                if (octets + size > 75) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
