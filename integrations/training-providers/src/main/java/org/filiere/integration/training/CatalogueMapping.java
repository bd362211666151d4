package org.filiere.integration.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.filiere.access.Actor;
import org.filiere.integration.training.catalogue.CatalogueCourse;
import org.filiere.integration.training.catalogue.CatalogueDates;
import org.filiere.integration.training.catalogue.CatalogueDates.Moment;
import org.filiere.integration.training.catalogue.CatalogueRecordException;
import org.filiere.integration.training.catalogue.CatalogueSession;
import org.filiere.member.InvalidIdentifierException;
import org.filiere.member.Siret;
import org.filiere.training.ExternalReference;
import org.filiere.training.Formacode;
import org.filiere.training.NsfCode;
import org.filiere.training.Prices;
import org.filiere.training.Schedule;
import org.filiere.training.Venue;
import org.filiere.training.application.ProviderCourse;
import org.filiere.training.application.ProviderSession;

/**
 * A catalogue's course as the training catalogue takes it: every field checked and converted, or a refusal naming
 * the record, the field and the reason. A session without times runs from 09:00 on its first day to 17:00 on its
 * last; a session without an end day (LHEO's {@code 00000000}) lasts its first day.
 *
 * <p>Fields a catalogue may leave out (LHEO makes them optional) keep the record: a course without hours has no
 * duration, a session without a place of its own is held at the organisation's address under its name, one without
 * a price costs nothing and one without seats offers the default number. Each is noted as a gap of the record.
 */
final class CatalogueMapping {

    static final LocalTime DEFAULT_START = LocalTime.of(9, 0);
    static final LocalTime DEFAULT_END = LocalTime.of(17, 0);

    private CatalogueMapping() {
    }

    /** A course as the training catalogue takes it, and the fields its catalogue left out. */
    record Mapped(ProviderCourse course, RecordGaps gaps) {
    }

    static Mapped toProviderCourse(CatalogueCourse course, Actor actor, int defaultSeats) {
        String record = "Course " + course.source();
        if (!course.unreadable().isEmpty()) {
            throw new CatalogueRecordException(record, "content", course.unreadable()
                    + " (" + TrainingProviderSettings.MAX_RECORD_BYTES + "); it was skipped unread");
        }
        Set<String> gaps = new LinkedHashSet<>();
        Siret siret = siret(course.providerSiret(), record);
        if (course.courseId().isEmpty()) {
            throw new CatalogueRecordException(record, "id", course.sessions().isEmpty()
                    ? "is missing, and it offers no session" : "is missing");
        }
        ExternalReference reference = new ExternalReference(siret, course.courseId());
        if (course.title().isEmpty()) {
            throw new CatalogueRecordException(record, "title", "is missing");
        }
        if (course.sessions().isEmpty()) {
            throw new CatalogueRecordException(record, "sessions", "are missing: a course is imported with its sessions");
        }
        List<ProviderSession> sessions = new ArrayList<>();
        for (CatalogueSession session : course.sessions()) {
            sessions.add(session(session, record, defaultSeats, course.providerName(), gaps));
        }
        if (course.hours().isEmpty()) {
            gaps.add("duration in hours");
        }
        ProviderCourse mapped = new ProviderCourse(actor, reference, course.providerName(), course.title(),
                course.objectives(), hours(course.hours(), record),
                course.formacode().isEmpty() ? Optional.empty() : Optional.of(new Formacode(course.formacode())),
                course.nsfCode().isEmpty() ? Optional.empty() : Optional.of(new NsfCode(course.nsfCode())), sessions);
        return new Mapped(mapped, new RecordGaps(record, List.copyOf(gaps)));
    }

    private static ProviderSession session(CatalogueSession session, String courseRecord, int defaultSeats,
            String providerName, Set<String> gaps) {
        String record = courseRecord + ", session " + (session.id().isEmpty() ? "without id" : session.id());
        if (session.id().isEmpty()) {
            throw new CatalogueRecordException(record, "id", "is missing");
        }
        Moment start = CatalogueDates.read(session.start(), record, "start date").orElseThrow(
                () -> new CatalogueRecordException(record, "start date", session.start().isEmpty() ? "is missing"
                        : "is unknown (" + session.start() + ")"));
        Optional<Moment> end = CatalogueDates.read(session.end(), record, "end date");
        Schedule schedule = new Schedule(start.at(DEFAULT_START),
                end.map(e -> e.at(DEFAULT_END)).orElseGet(() -> start.day().atTime(DEFAULT_END)));
        Optional<LocalDate> deadline = CatalogueDates.read(session.registrationDeadline(), record,
                "registration deadline").map(Moment::day);
        String venueName = session.venueName();
        if (venueName.isEmpty()) {
            gaps.add("place of training (held at the organisation's address)");
            venueName = providerName;
        }
        if (session.priceMembers().isEmpty() && session.priceNonMembers().isEmpty()) {
            gaps.add("price (0 EUR)");
        }
        if (session.seats().isEmpty()) {
            gaps.add("seats (" + defaultSeats + " offered)");
        }
        Venue venue = new Venue(venueName, session.street(), session.postcode(), session.commune());
        Prices prices = new Prices(euros(session.priceMembers(), record, "price for members"),
                euros(session.priceNonMembers(), record, "price for non-members"));
        return new ProviderSession(session.id(), schedule, venue, List.of(), prices, deadline,
                seats(session.seats(), record, defaultSeats));
    }

    private static Siret siret(String raw, String record) {
        if (raw.isEmpty()) {
            throw new CatalogueRecordException(record, "SIRET of the responsible organisation", "is missing");
        }
        try {
            return Siret.parse(raw);
        } catch (InvalidIdentifierException e) {
            throw new CatalogueRecordException(record, "SIRET \"" + raw + "\" of the responsible organisation",
                    "is not valid (" + e.getMessage().replaceAll("\\.$", "") + ")");
        }
    }

    private static Optional<BigDecimal> hours(String raw, String record) {
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(raw.replace(',', '.').replace(" ", "")));
        } catch (NumberFormatException e) {
            throw new CatalogueRecordException(record, "duration \"" + raw + "\"", "is not a number of hours");
        }
    }

    private static BigDecimal euros(String raw, String record, String field) {
        if (raw.isEmpty()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(raw.replace(',', '.').replace(" ", "").replace("€", ""));
        } catch (NumberFormatException e) {
            throw new CatalogueRecordException(record, field + " \"" + raw + "\"", "is not an amount in euros");
        }
    }

    private static int seats(String raw, String record, int defaultSeats) {
        if (raw.isEmpty()) {
            return defaultSeats;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new CatalogueRecordException(record, "seats \"" + raw + "\"", "is not a whole number");
        }
    }
}
