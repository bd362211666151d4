package org.filiere.watch;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.filiere.member.InvalidIdentifierException;
import org.filiere.member.Siret;

/**
 * The rule that turns a notice as a feed wrote it into a tender: each badly written field is reported and left
 * out, and the notice is kept as long as it has an id and something to read (a title or a description). Feeds are
 * messy: CPV codes written as floats, SIRETs of the wrong length, dates such as {@code 00000000}; none of that
 * loses a usable tender.
 */
public final class TenderNoticeReader {

    private static final int TITLE_FROM_DESCRIPTION = 120;
    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final CpvVocabulary cpv;
    private final ZoneId zone;

    /**
     * @param cpv  the vocabulary the CPV codes are checked against
     * @param zone the time zone of dates given without one (the association's)
     */
    public TenderNoticeReader(CpvVocabulary cpv, ZoneId zone) {
        this.cpv = Objects.requireNonNull(cpv, "cpv");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * A notice read: the tender's id and details, and the problems found on the way.
     *
     * @param id      the tender's id
     * @param details what it says, bad fields left out
     * @param issues  each problem found, in a staff member's words
     */
    public record Reading(TenderId id, TenderDetails details, List<FieldIssue> issues) {
    }

    /**
     * Reads a notice.
     *
     * @throws UnusableTenderException if it has no source, no id, or neither title nor description
     */
    public Reading read(TenderNotice notice) {
        List<String> unusable = new ArrayList<>();
        if (isBlank(notice.source())) {
            unusable.add("it does not say which feed it comes from");
        }
        if (isBlank(notice.reference())) {
            unusable.add("it has no id, so seeing it again could not update it");
        }
        if (isBlank(notice.title()) && isBlank(notice.description())) {
            unusable.add("it has neither a title nor a description");
        }
        if (!unusable.isEmpty()) {
            throw new UnusableTenderException(notice, unusable);
        }
        List<FieldIssue> issues = new ArrayList<>(notice.readingIssues());
        String title = title(notice, issues);
        TenderDetails details = new TenderDetails(buyer(notice, issues), title, notice.description(),
                cpvCodes(notice.cpvCodes(), issues), place(notice, issues), value(notice, issues),
                publishedOn(notice.publishedOn(), issues), deadline(notice.deadline(), issues), url(notice.url(), issues));
        return new Reading(new TenderId(notice.source(), notice.reference()), details, List.copyOf(issues));
    }

    private static String title(TenderNotice notice, List<FieldIssue> issues) {
        if (!isBlank(notice.title())) {
            return notice.title();
        }
        String description = notice.description().strip();
        issues.add(new FieldIssue("title", "", "missing; the beginning of the description stands for it"));
        return description.length() <= TITLE_FROM_DESCRIPTION ? description
                : description.substring(0, TITLE_FROM_DESCRIPTION).strip() + "…";
    }

    private static Buyer buyer(TenderNotice notice, List<FieldIssue> issues) {
        Optional<Siret> siret = Optional.empty();
        if (!isBlank(notice.buyerSiret())) {
            try {
                siret = Optional.of(Siret.parse(notice.buyerSiret()));
            } catch (InvalidIdentifierException e) {
                issues.add(new FieldIssue("buyer SIRET", notice.buyerSiret(),
                        e.getMessage() + " The buyer is kept without it"));
            }
        }
        if (isBlank(notice.buyerName()) && siret.isEmpty()) {
            issues.add(new FieldIssue("buyer", "", "neither a name nor a valid SIRET is given"));
        }
        return new Buyer(Optional.ofNullable(notice.buyerName()), siret);
    }

    private List<CpvCode> cpvCodes(List<String> written, List<FieldIssue> issues) {
        List<CpvCode> codes = new ArrayList<>();
        for (String raw : written) {
            if (isBlank(raw)) {
                continue;
            }
            try {
                codes.add(cpv.read(raw).code());
            } catch (InvalidCpvCodeException e) {
                issues.add(new FieldIssue("CPV code", raw, e.getMessage() + " The code is left out"));
            }
        }
        if (codes.isEmpty()) {
            issues.add(new FieldIssue("CPV code", "", "no usable CPV code; the tender will match on its words only"));
        }
        return codes;
    }

    private static Place place(TenderNotice notice, List<FieldIssue> issues) {
        if (!isBlank(notice.postcode())) {
            try {
                return Place.atPostcode(notice.postcode());
            } catch (InvalidIdentifierException e) {
                issues.add(new FieldIssue("postcode", notice.postcode(), e.getMessage() + " It is left out"));
            }
        }
        if (!isBlank(notice.communeCode())) {
            try {
                return Place.in(Department.ofCommune(notice.communeCode()));
            } catch (InvalidIdentifierException e) {
                issues.add(new FieldIssue("commune code", notice.communeCode(), e.getMessage() + " It is left out"));
            }
        }
        if (!isBlank(notice.department())) {
            try {
                return Place.in(Department.parse(notice.department()));
            } catch (InvalidIdentifierException e) {
                issues.add(new FieldIssue("department", notice.department(), e.getMessage() + " It is left out"));
            }
        }
        return Place.unknown();
    }

    private static Optional<EstimatedValue> value(TenderNotice notice, List<FieldIssue> issues) {
        if (isBlank(notice.value())) {
            return Optional.empty();
        }
        String currency = isBlank(notice.currency()) ? "EUR" : notice.currency().strip().toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            issues.add(new FieldIssue("currency", notice.currency(), "not an ISO 4217 currency; the value is left out"));
            return Optional.empty();
        }
        try {
            BigDecimal amount = new BigDecimal(notice.value().strip().replace(" ", "").replace(',', '.'));
            if (amount.signum() < 0) {
                issues.add(new FieldIssue("value", notice.value(), "a negative amount; it is left out"));
                return Optional.empty();
            }
            return Optional.of(new EstimatedValue(amount, currency));
        } catch (NumberFormatException e) {
            issues.add(new FieldIssue("value", notice.value(), "not a number; it is left out"));
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> publishedOn(String raw, List<FieldIssue> issues) {
        if (isBlank(raw)) {
            return Optional.empty();
        }
        Optional<LocalDate> date = parseDate(raw.strip());
        if (date.isEmpty()) {
            issues.add(new FieldIssue("publication date", raw, "not a date; it is left out"));
        }
        return date;
    }

    private Optional<Instant> deadline(String raw, List<FieldIssue> issues) {
        if (isBlank(raw)) {
            return Optional.empty();
        }
        String text = raw.strip();
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notOffset) {
            try {
                return Optional.of(LocalDateTime.parse(text).atZone(zone).toInstant());
            } catch (DateTimeParseException notLocal) {
                Optional<LocalDate> day = parseDate(text);
                if (day.isPresent()) {
                    return Optional.of(day.get().atTime(LocalTime.of(23, 59)).atZone(zone).toInstant());
                }
                issues.add(new FieldIssue("deadline", raw, "not a date; it is left out"));
                return Optional.empty();
            }
        }
    }

    /** A day as feeds write it: {@code 2024-02-29}, {@code 2019-04-25+02:00}, {@code 20240229}, or a timestamp. */
    private static Optional<LocalDate> parseDate(String text) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_DATE, COMPACT_DATE)) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toLocalDate());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDateTime.parse(text).toLocalDate());
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }

    private static Optional<URI> url(String raw, List<FieldIssue> issues) {
        if (isBlank(raw)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(raw.strip());
            if (uri.getScheme() != null && (uri.getScheme().equalsIgnoreCase("http")
                    || uri.getScheme().equalsIgnoreCase("https")) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        issues.add(new FieldIssue("URL", raw, "not a web address; it is left out"));
        return Optional.empty();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
