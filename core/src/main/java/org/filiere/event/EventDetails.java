package org.filiere.event;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.filiere.kernel.InvalidFieldException;
import org.filiere.kernel.TextLimit;
import org.filiere.programme.PartnerId;
import org.filiere.training.Prices;
import org.filiere.training.Schedule;
import org.filiere.training.Venue;

/**
 * What an event announces: its kind, title, description and theme, where and when (start and end in Europe/Paris),
 * what a seat costs members and others, the staff member who organises it and the partner organisations that
 * co-organise it. Every field is checked here, with a refusal that names the event and the field.
 *
 * @param kind        thematic meeting, speed-meeting or other
 * @param title       the title, at most 255 characters
 * @param description what it is about, at most 4,000 characters
 * @param theme       its subject in a few words (cybersecurity, export...), at most 255 characters
 * @param venue       where it is held
 * @param start       when it starts, Paris time
 * @param end         when it ends, Paris time, after the start
 * @param prices      the price for members' staff and for others
 * @param organiser   the name of the staff member who organises it
 * @param partners    the partner organisations that co-organise it, without repeats
 */
public record EventDetails(EventKind kind, String title, String description, String theme, Venue venue,
        LocalDateTime start, LocalDateTime end, Prices prices, String organiser, List<PartnerId> partners) {

    public EventDetails {
        title = title == null ? "" : title.strip();
        String record = title.isEmpty() ? "An event" : "Event \"" + title + "\"";
        if (title.isEmpty()) {
            throw new InvalidFieldException(record, "title", "is missing");
        }
        TextLimit.check(record, "title", title, TextLimit.SHORT);
        if (kind == null) {
            throw new InvalidFieldException(record, "kind", "is missing: thematic meeting, speed-meeting or other");
        }
        description = TextLimit.check(record, "description", description == null ? "" : description.strip(),
                TextLimit.LONG);
        theme = TextLimit.check(record, "theme", theme == null ? "" : theme.strip(), TextLimit.SHORT);
        if (venue == null) {
            throw new InvalidFieldException(record, "venue", "is missing");
        }
        if (start == null) {
            throw new InvalidFieldException(record, "start", "is missing");
        }
        if (end == null) {
            throw new InvalidFieldException(record, "end", "is missing");
        }
        start = start.withSecond(0).withNano(0);
        end = end.withSecond(0).withNano(0);
        requireExists(record, "start", start);
        requireExists(record, "end", end);
        if (!end.isAfter(start)) {
            throw new InvalidFieldException(record, "end", "must come after its start (" + start + "), not at " + end);
        }
        if (prices == null) {
            throw new InvalidFieldException(record, "prices", "are missing (0 for a free event)");
        }
        organiser = organiser == null ? "" : organiser.strip();
        if (organiser.isEmpty()) {
            throw new InvalidFieldException(record, "organiser", "is missing: name the staff member in charge");
        }
        TextLimit.check(record, "organiser", organiser, TextLimit.SHORT);
        partners = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(partners, "partners")));
    }

    private static void requireExists(String record, String field, LocalDateTime time) {
        if (Schedule.ZONE.getRules().getValidOffsets(time).isEmpty()) {
            throw new InvalidFieldException(record, field, "falls at " + time.toLocalTime() + " on "
                    + time.toLocalDate() + ", an hour that does not exist in Paris that day (the clocks go forward)");
        }
    }

    /** Prices in euros, checked for this event ({@code "0"}, {@code "35.50"}). */
    public static Prices prices(String title, String members, String nonMembers) {
        return new Prices(euros(title, "price for members", members), euros(title, "price for non-members",
                nonMembers));
    }

    private static BigDecimal euros(String title, String field, String text) {
        String record = "Event \"" + title + "\"";
        BigDecimal amount;
        try {
            amount = new BigDecimal(text == null ? "" : text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(record, field, "must be an amount in euros, not \"" + text + "\"");
        }
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidFieldException(record, field, "must be zero or more euros, in cents at most, not "
                    + amount.toPlainString());
        }
        return amount;
    }

    /** When and where, as training sessions write it. */
    public Schedule schedule() {
        return new Schedule(start, end);
    }

    /** How staff name the event: {@code thematic meeting "Cybersécurité" of 14 March 2025 09:00}. */
    public String describe() {
        return kind.label() + " \"" + title + "\" of " + schedule();
    }
}
