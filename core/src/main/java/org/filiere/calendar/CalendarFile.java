package org.filiere.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Writes calendar files: each {@link CalendarEntry} is a VEVENT with its UID, SEQUENCE and STATUS, whose times carry
 * the Europe/Paris VTIMEZONE the file includes (once). The output is validated before it is returned (any validation
 * entry, error or warning, is a fault) and its lines are folded at 75 octets.
 */
public final class CalendarFile {

    /** The media type of the files. */
    public static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    private static final String TIMEZONE_RESOURCE = "Europe-Paris.ics";
    private static final VTimeZone PARIS = loadParis();

    private CalendarFile() {
    }

    private static VTimeZone loadParis() {
        try (InputStream in = CalendarFile.class.getResourceAsStream(TIMEZONE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The Europe/Paris time zone definition " + TIMEZONE_RESOURCE
                        + " is missing from the library");
            }
            Calendar definition = new CalendarBuilder().build(in);
            return definition.<VTimeZone>getComponent(VTimeZone.VTIMEZONE).orElseThrow();
        } catch (IOException | ParserException e) {
            throw new IllegalStateException("Cannot read the Europe/Paris time zone definition", e);
        }
    }

    /**
     * A calendar file of entries.
     *
     * @param productId the PRODID of the file ({@code -//Filiere//Events//EN})
     * @param entries   the entries, in the order wanted
     * @param stamp     when the file is produced (DTSTAMP)
     * @throws CalendarWriteException when the file would not be valid iCalendar (a fault of the library)
     */
    public static String write(String productId, List<CalendarEntry> entries, Instant stamp) {
        Objects.requireNonNull(stamp, "stamp");
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(productId));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(PARIS.copy());
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry, stamp));
        }
        try {
            ValidationResult result = calendar.validate();
            if (!result.getEntries().isEmpty()) {
                throw new CalendarWriteException("The calendar written does not pass iCalendar validation: " + result,
                        null);
            }
            return ContentLines.fold(calendar.toString());
        } catch (ValidationException e) {
            throw new CalendarWriteException("Cannot write the calendar: " + e.getMessage(), e);
        }
    }

    private static VEvent event(CalendarEntry entry, Instant stamp) {
        VEvent event = new VEvent(entry.start(), entry.end(), entry.summary());
        event.replace(new DtStamp(stamp));
        event.add(new Uid(entry.uid()));
        event.add(new Sequence(entry.sequence()));
        event.add(new Status(switch (entry.status()) {
            case CANCELLED -> Status.VALUE_CANCELLED;
            case TENTATIVE -> Status.VALUE_TENTATIVE;
            case CONFIRMED -> Status.VALUE_CONFIRMED;
        }));
        if (!entry.location().isEmpty()) {
            event.add(new Location(entry.location()));
        }
        if (!entry.description().isEmpty()) {
            event.add(new Description(entry.description()));
        }
        return event;
    }
}
