package org.filiere.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.filiere.calendar.CalendarEntry;
import org.filiere.calendar.CalendarEntry.EntryStatus;
import org.filiere.calendar.CalendarFile;
import org.filiere.programme.PartnerId;

/**
 * Events as iCalendar files: each event is an entry whose UID is its id, whose SEQUENCE is its sequence and whose
 * STATUS follows it (a draft is tentative, a cancelled event cancelled). The file is written by {@link CalendarFile},
 * like the training calendar.
 */
public final class EventCalendarFile {

    /** The product identifier written in every file. */
    public static final String PRODUCT_ID = "-//Filiere//Events//EN";

    private EventCalendarFile() {
    }

    /**
     * Events in one file.
     *
     * @param events       the events, in the order wanted
     * @param partnerNames the names of the partner organisations they name
     * @param stamp        when the file is produced (DTSTAMP)
     */
    public static String write(List<Event> events, Map<PartnerId, String> partnerNames, Instant stamp) {
        return CalendarFile.write(PRODUCT_ID, events.stream().map(e -> entry(e, partnerNames)).toList(), stamp);
    }

    private static CalendarEntry entry(Event event, Map<PartnerId, String> partnerNames) {
        EntryStatus status = switch (event.status()) {
            case DRAFT -> EntryStatus.TENTATIVE;
            case CANCELLED -> EntryStatus.CANCELLED;
            default -> EntryStatus.CONFIRMED;
        };
        return new CalendarEntry(event.id().toString(), event.sequence(), status, event.schedule().startsAt(),
                event.schedule().endsAt(), event.title(), event.details().venue().oneLine(),
                description(event, partnerNames));
    }

    static String description(Event event, Map<PartnerId, String> partnerNames) {
        EventDetails d = event.details();
        StringBuilder text = new StringBuilder();
        if (event.status() == EventStatus.CANCELLED) {
            text.append("CANCELLED").append(event.cancellationReason().isEmpty() ? ""
                    : ": " + event.cancellationReason()).append("\n\n");
        }
        text.append(capitalised(d.kind().label()));
        if (!d.theme().isEmpty()) {
            text.append(" - ").append(d.theme());
        }
        text.append("\n\n");
        if (!d.description().isEmpty()) {
            text.append(d.description()).append("\n\n");
        }
        text.append("Price: ").append(euros(d.prices().members())).append(" for members, ")
                .append(euros(d.prices().nonMembers())).append(" for others\n");
        text.append("Organised by ").append(d.organiser());
        List<String> partners = d.partners().stream().map(p -> partnerNames.getOrDefault(p, p.toString())).toList();
        if (!partners.isEmpty()) {
            text.append(" with ").append(String.join(", ", partners));
        }
        return text.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String euros(BigDecimal amount) {
        return amount.signum() == 0 ? "free" : amount.stripTrailingZeros().toPlainString() + " EUR";
    }
}
