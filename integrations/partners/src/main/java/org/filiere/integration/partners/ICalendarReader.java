package org.filiere.integration.partners;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;

import org.filiere.directory.PartnerAddress;
import org.filiere.directory.PartnerEventDetails;
import org.filiere.directory.application.DirectoryCommands.Incoming;
import org.filiere.kernel.BusinessRefusal;

/**
 * A partner's published iCalendar feed, read with ical4j in its relaxed mode (real feeds break the RFC: invalid
 * time zones, floating times, long unfolded lines, LF line endings). Each {@code VEVENT} becomes an event recognised
 * again by its {@code UID}; floating times and days are read in the association's time zone.
 */
final class ICalendarReader {

    static {
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, true);
    }

    private final ZoneId zone;
    private final int maxEvents;

    ICalendarReader(ZoneId zone, int maxEvents) {
        this.zone = zone;
        this.maxEvents = maxEvents;
    }

    PartnerFile read(Reader text, String origin) throws IOException {
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(text);
        } catch (ParserException | RuntimeException e) {
            throw new UnreadablePartnerFileException(origin + " is not a readable iCalendar file: " + e.getMessage(), e);
        }
        List<VEvent> vevents = calendar.getComponents(Component.VEVENT);
        if (vevents.size() > maxEvents) {
            throw new UnreadablePartnerFileException(origin + " holds " + vevents.size() + " events; at most " + maxEvents
                    + " are read from one file");
        }
        List<Incoming<PartnerEventDetails>> events = new ArrayList<>();
        List<RefusedRecord> refused = new ArrayList<>();
        for (VEvent event : vevents) {
            String title = value(event, Property.SUMMARY).orElse("");
            String key = title.isEmpty() ? "an event without summary" : "event \"" + title + "\"";
            try {
                String uid = value(event, Property.UID).orElseThrow(() -> new RecordRefusedException(origin + ": " + key
                        + " has no UID, so it could not be recognised when read again"));
                Instant start = event.getStartDate().map(d -> instant(d.getDate())).orElse(null);
                Optional<Instant> end = event.getEndDate(false).map(d -> instant(d.getDate()));
                events.add(new Incoming<>(uid, new PartnerEventDetails(title,
                        value(event, Property.DESCRIPTION).orElse(""), start, end,
                        value(event, Property.LOCATION).orElse(""), PartnerAddress.unknown(), url(event),
                        value(event, Property.ORGANIZER).map(o -> o.replaceFirst("(?i)^mailto:", "")).orElse(""))));
            } catch (RecordRefusedException | BusinessRefusal e) {
                refused.add(new RefusedRecord(key, e.getMessage(), event.toString()));
            }
        }
        return new PartnerFile(PartnerFormat.ICALENDAR, List.of(), events, List.of(), refused);
    }

    private static Optional<String> value(VEvent event, String name) {
        Optional<Property> property = event.getProperty(name);
        return property.map(Property::getValue).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Optional<URI> url(VEvent event) {
        Optional<String> text = value(event, Property.URL);
        try {
            return text.isPresent() ? Optional.of(new URI(text.get())).filter(u -> u.getScheme() != null
                    && u.getScheme().matches("(?i)https?")) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private Instant instant(Temporal temporal) {
        if (temporal instanceof Instant i) {
            return i;
        }
        if (temporal instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (temporal instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (temporal instanceof LocalDateTime l) {
            return l.atZone(zone).toInstant();
        }
        if (temporal instanceof LocalDate d) {
            return d.atStartOfDay(zone).toInstant();
        }
        throw new RecordRefusedException("a date of kind " + temporal.getClass().getSimpleName() + " cannot be read");
    }
}
