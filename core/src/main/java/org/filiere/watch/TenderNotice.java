package org.filiere.watch;

import java.util.List;

/**
 * A call for tender as a feed wrote it, field by field, before any check: what an import hands to the
 * {@link TenderNoticeReader}. Any field may be missing (null or blank) or badly written.
 *
 * @param source          the feed ({@code ocds:ocds-213czf}, {@code decp})
 * @param reference       the feed's id of the tender
 * @param buyerName       the buyer's name
 * @param buyerSiret      the buyer's SIRET
 * @param title           the title
 * @param description     the description
 * @param cpvCodes        the CPV codes as written
 * @param department      the department code
 * @param postcode        the postcode
 * @param communeCode     the INSEE code of the commune
 * @param value           the estimated value, as a decimal number
 * @param currency        the value's currency (euros when not given)
 * @param publishedOn     the publication date
 * @param deadline        the deadline, a date or a date and time
 * @param url             the address of the full notice
 * @param readingIssues   what the reader of the feed already noticed (a field of an unexpected type, say)
 */
public record TenderNotice(String source, String reference, String buyerName, String buyerSiret, String title,
        String description, List<String> cpvCodes, String department, String postcode, String communeCode,
        String value, String currency, String publishedOn, String deadline, String url,
        List<FieldIssue> readingIssues) {

    public TenderNotice {
        cpvCodes = cpvCodes == null ? List.of() : cpvCodes.stream().map(c -> c == null ? "" : c).toList();
        readingIssues = readingIssues == null ? List.of() : List.copyOf(readingIssues);
    }

    /** How to name the notice in a report: its source and reference, as far as they are given. */
    public String describe() {
        return "tender " + blankToQuestionMark(source) + "/" + blankToQuestionMark(reference)
                + (title == null || title.isBlank() ? "" : " (" + title.strip() + ")");
    }

    private static String blankToQuestionMark(String text) {
        return text == null || text.isBlank() ? "?" : text.strip();
    }
}
