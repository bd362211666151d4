package org.filiere.training;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * When a session takes place: its start and end, as wall-clock times in Europe/Paris.
 *
 * @param start when it starts, Paris time
 * @param end   when it ends, Paris time, after the start
 */
public record Schedule(LocalDateTime start, LocalDateTime end) {

    /** The zone of every session's times. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.ENGLISH);

    public Schedule {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        start = start.withSecond(0).withNano(0);
        end = end.withSecond(0).withNano(0);
        requireExists(start, "start");
        requireExists(end, "end");
        if (!end.isAfter(start)) {
            throw new InvalidTrainingDataException("Session on " + start.format(WRITTEN), "end",
                    "must come after the start, not at " + end.format(WRITTEN));
        }
    }

    private static void requireExists(LocalDateTime time, String field) {
        if (ZONE.getRules().getValidOffsets(time).isEmpty()) {
            throw new InvalidTrainingDataException("Session on " + time.toLocalDate(), field,
                    "falls at " + time.toLocalTime() + ", an hour that does not exist in Paris that day"
                            + " (the clocks go forward)");
        }
    }

    /** A session on one day, from one time to another. */
    public static Schedule on(LocalDate day, int fromHour, int fromMinute, int toHour, int toMinute) {
        return new Schedule(day.atTime(fromHour, fromMinute), day.atTime(toHour, toMinute));
    }

    public ZonedDateTime startsAt() {
        return start.atZone(ZONE);
    }

    public ZonedDateTime endsAt() {
        return end.atZone(ZONE);
    }

    /** The day it starts. */
    public LocalDate day() {
        return start.toLocalDate();
    }

    /** The year it starts in, for the figures. */
    public int year() {
        return start.getYear();
    }

    public boolean hasStartedAt(Instant now) {
        return !now.isBefore(startsAt().toInstant());
    }

    public boolean hasEndedAt(Instant now) {
        return !now.isBefore(endsAt().toInstant());
    }

    @Override
    public String toString() {
        return start.format(WRITTEN) + " to " + (end.toLocalDate().equals(start.toLocalDate())
                ? end.toLocalTime().toString() : end.format(WRITTEN));
    }
}
