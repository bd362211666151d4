package org.filiere.integration.tenders.eforms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.filiere.watch.FieldIssue;
import org.filiere.watch.TenderNotice;

/**
 * The fields of one eForms contract notice, gathered as its elements stream by (see {@link EformsNotices} for the
 * paths), then read as the notice the market watch takes. A notice's lots are not tenders of their own: their CPV
 * codes join the procedure's, their titles are listed after its description, the earliest of their deadlines is the
 * tender's, and their values add up when the procedure gives none.
 */
final class NoticeFields {

    static final String SOURCE = "eforms";
    static final String TED_NOTICE = "https://ted.europa.eu/en/notice/-/detail/";

    private static final String FRANCE = "FRA";

    /** What a procedure or a lot says of its object. */
    static final class Project {
        final Map<String, String> titles = new LinkedHashMap<>();
        final Map<String, String> descriptions = new LinkedHashMap<>();
        final List<String> cpv = new ArrayList<>();
        final List<String> otherClassifications = new ArrayList<>();
        String nuts;
        String postcode;
        String country;
        String value;
        String currency;
    }

    /** A lot, or a group of lots. */
    static final class Lot {
        final Project project = new Project();
        String id;
        boolean group;
        String tenderDate;
        String tenderTime;
        String requestDate;
        String requestTime;
        String documentsUrl;
        String documentType;
        String documentUri;
    }

    /** An organisation the notice names. */
    static final class Organisation {
        String id;
        String name;
        String companyId;
    }

    final Project procedure = new Project();
    final List<Lot> lots = new ArrayList<>();
    final List<Organisation> organisations = new ArrayList<>();
    String noticeId;
    String version;
    String language;
    String issueDate;
    String publicationId;
    String publicationDate;
    String buyerReference;
    String buyerProfile;

    /** The notice as the market watch reads it, with each gap or odd field reported. */
    TenderNotice notice() {
        List<FieldIssue> issues = new ArrayList<>();
        Optional<Organisation> buyer = buyer(issues);
        String siret = buyer.map(o -> siret(o.companyId, issues)).orElse(null);
        List<Lot> realLots = lots.stream().filter(l -> !l.group).toList();
        String title = text(procedure.titles);
        String description = description(text(procedure.descriptions), title, realLots);
        List<String> cpv = cpv(realLots, issues);
        Place place = place(realLots, issues);
        Amount value = value(realLots, issues);
        String published = publicationDate != null ? publicationDate : issueDate;
        return new TenderNotice(SOURCE, noticeId, buyer.map(o -> o.name).orElse(null), siret, title, description,
                cpv, place.department, place.postcode, null, value.amount, value.currency, published,
                deadline(realLots, issues), url(realLots, issues), issues);
    }

    private Optional<Organisation> buyer(List<FieldIssue> issues) {
        if (buyerReference == null) {
            issues.add(new FieldIssue("buyer", "", "the notice names no buyer (ContractingParty)"));
            return Optional.empty();
        }
        Optional<Organisation> buyer = organisations.stream().filter(o -> buyerReference.equals(o.id)).findFirst();
        if (buyer.isEmpty()) {
            issues.add(new FieldIssue("buyer", buyerReference,
                    "the notice refers to this organisation but does not describe it"));
        }
        return buyer;
    }

    private static String siret(String companyId, List<FieldIssue> issues) {
        if (companyId == null) {
            issues.add(new FieldIssue("buyer SIRET", "", "not given; the buyer is kept by its name"));
            return null;
        }
        String digits = companyId.replace(" ", "");
        if (digits.matches("\\d{14}")) {
            return digits;
        }
        issues.add(new FieldIssue("buyer SIRET", companyId,
                "the buyer's identifier is not a SIRET (14 digits); the buyer is kept by its name"));
        return null;
    }

    private String text(Map<String, String> byLanguage) {
        if (byLanguage.isEmpty()) {
            return null;
        }
        String text = language != null && byLanguage.containsKey(language) ? byLanguage.get(language)
                : byLanguage.values().iterator().next();
        return normalise(text);
    }

    private String description(String description, String title, List<Lot> realLots) {
        List<String> lines = new ArrayList<>();
        for (Lot lot : realLots) {
            String lotTitle = text(lot.project.titles);
            if (lotTitle != null && !(realLots.size() == 1 && lotTitle.equals(title))) {
                lines.add("Lot " + lot.id + ": " + lotTitle);
            }
        }
        if (lines.isEmpty()) {
            return description;
        }
        return (description == null ? "" : description + "\n\n") + String.join("\n", lines);
    }

    private List<String> cpv(List<Lot> realLots, List<FieldIssue> issues) {
        Set<String> codes = new LinkedHashSet<>(procedure.cpv);
        realLots.forEach(l -> codes.addAll(l.project.cpv));
        for (String other : procedure.otherClassifications) {
            issues.add(new FieldIssue("classification", other, "not a CPV code; it is left out"));
        }
        realLots.forEach(l -> l.project.otherClassifications.forEach(other -> issues.add(
                new FieldIssue("classification", other, "not a CPV code (lot " + l.id + "); it is left out"))));
        return List.copyOf(codes);
    }

    private record Place(String department, String postcode) {
    }

    private Place place(List<Lot> realLots, List<FieldIssue> issues) {
        Project where = procedure;
        if (where.nuts == null && where.postcode == null && where.country == null) {
            where = realLots.stream().map(l -> l.project)
                    .filter(p -> p.nuts != null || p.postcode != null || p.country != null).findFirst()
                    .orElse(procedure);
        }
        if (where.nuts == null && where.postcode == null && where.country == null) {
            issues.add(new FieldIssue("place of performance", "", "not given; the tender is kept without a place"));
            return new Place(null, null);
        }
        boolean frenchNuts = where.nuts != null && where.nuts.strip().toUpperCase(Locale.ROOT).startsWith("FR");
        if (where.country != null && !FRANCE.equalsIgnoreCase(where.country.strip())
                || where.country == null && where.nuts != null && !frenchNuts) {
            String value = where.country != null ? where.country : where.nuts;
            issues.add(new FieldIssue("place of performance", value,
                    "outside France; the tender is kept without a place"));
            return new Place(null, null);
        }
        String department = null;
        if (where.nuts != null) {
            department = NutsDepartments.department(where.nuts).orElse(null);
            if (department == null) {
                issues.add(new FieldIssue("NUTS code", where.nuts, frenchNuts
                        ? "not a French department (NUTS 3) but a wider area; it is left out"
                        : "not a French NUTS code; it is left out"));
            }
        }
        if (department == null && where.postcode == null) {
            issues.add(new FieldIssue("place of performance", where.country,
                    "France, with neither a department nor a postcode; the tender is kept without a place"));
        }
        return new Place(department, where.postcode);
    }

    private record Amount(String amount, String currency) {

        static final Amount NONE = new Amount(null, null);
    }

    private Amount value(List<Lot> realLots, List<FieldIssue> issues) {
        if (procedure.value != null) {
            return new Amount(procedure.value, procedure.currency);
        }
        List<Project> valued = realLots.stream().map(l -> l.project).filter(p -> p.value != null).toList();
        if (valued.isEmpty()) {
            issues.add(new FieldIssue("estimated value", "", "not given; the tender is kept without a value"));
            return Amount.NONE;
        }
        if (valued.size() == 1) {
            return new Amount(valued.get(0).value, valued.get(0).currency);
        }
        String currency = valued.get(0).currency;
        BigDecimal sum = BigDecimal.ZERO;
        for (Project p : valued) {
            if (!Objects.equals(currency, p.currency)) {
                issues.add(new FieldIssue("estimated value", "", "the lots give values in different currencies ("
                        + currency + ", " + p.currency + "); the tender is kept without a value"));
                return Amount.NONE;
            }
            try {
                sum = sum.add(new BigDecimal(p.value.strip()));
            } catch (NumberFormatException e) {
                issues.add(new FieldIssue("estimated value", p.value, "not a number; the lots' values are left out"));
                return Amount.NONE;
            }
        }
        return new Amount(sum.toPlainString(), currency);
    }

    private String deadline(List<Lot> realLots, List<FieldIssue> issues) {
        List<OffsetDateTime> tenders = new ArrayList<>();
        List<OffsetDateTime> requests = new ArrayList<>();
        for (Lot lot : realLots) {
            moment(lot.tenderDate, lot.tenderTime, lot.id, issues).ifPresent(tenders::add);
            moment(lot.requestDate, lot.requestTime, lot.id, issues).ifPresent(requests::add);
        }
        Optional<OffsetDateTime> tender = tenders.stream().min(Comparator.naturalOrder());
        if (tender.isPresent()) {
            return tender.get().toString();
        }
        Optional<OffsetDateTime> request = requests.stream().min(Comparator.naturalOrder());
        if (request.isPresent()) {
            issues.add(new FieldIssue("deadline", request.get().toString(),
                    "no deadline for tenders; the deadline for requests to participate stands for it"));
            return request.get().toString();
        }
        if (realLots.stream().noneMatch(l -> l.tenderDate != null || l.requestDate != null)) {
            issues.add(new FieldIssue("deadline", "", "not given; the tender is kept without a deadline"));
        }
        return null;
    }

    /**
     * A deadline's date and time joined: the time's offset, else the date's, else UTC (eForms dates always carry an
     * offset); a missing time is the end of the day.
     */
    private static Optional<OffsetDateTime> moment(String date, String time, String lot, List<FieldIssue> issues) {
        if (date == null) {
            return Optional.empty();
        }
        TemporalAccessor day;
        try {
            day = DateTimeFormatter.ISO_DATE.parse(date.strip());
        } catch (DateTimeParseException e) {
            issues.add(new FieldIssue("deadline", date, "not a date (lot " + lot + "); it is left out"));
            return Optional.empty();
        }
        ZoneOffset offset = day.isSupported(ChronoField.OFFSET_SECONDS)
                ? ZoneOffset.from(day) : ZoneOffset.UTC;
        LocalTime clock = LocalTime.of(23, 59);
        if (time != null) {
            try {
                OffsetTime at = OffsetTime.parse(time.strip());
                clock = at.toLocalTime();
                offset = at.getOffset();
            } catch (DateTimeParseException notOffset) {
                try {
                    clock = LocalTime.parse(time.strip());
                } catch (DateTimeParseException notTime) {
                    issues.add(new FieldIssue("deadline time", time,
                            "not a time (lot " + lot + "); the deadline is taken at the end of its day"));
                }
            }
        }
        return Optional.of(OffsetDateTime.of(LocalDate.from(day), clock, offset));
    }

    private String url(List<Lot> realLots, List<FieldIssue> issues) {
        if (publicationId != null) {
            return TED_NOTICE + publicationId.strip();
        }
        Optional<String> documents = realLots.stream().map(l -> l.documentsUrl).filter(u -> u != null).findFirst();
        if (documents.isPresent()) {
            return documents.get();
        }
        if (buyerProfile != null) {
            return buyerProfile;
        }
        issues.add(new FieldIssue("URL", "",
                "the notice gives no address of its documents nor of the buyer's profile; it is kept without one"));
        return null;
    }

    /** Whitespace of any kind (the tabs and line breaks of indented XML) becomes single spaces. */
    static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String single = text.replaceAll("\\s+", " ").strip();
        return single.isEmpty() ? null : single;
    }
}
