package org.filiere.project;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a labelled project receives: the year of labelling and its rank among that year's labels, written
 * {@code LBL-2025-007}.
 *
 * @param year     the year of labelling
 * @param sequence its rank in that year, from 1
 */
public record LabelNumber(int year, int sequence) implements Comparable<LabelNumber> {

    private static final Pattern WRITTEN = Pattern.compile("LBL-(\\d{4})-(\\d{3,})");

    public LabelNumber {
        if (year < 1900 || year > 9999) {
            throw new ProjectRefusedException("Label number year " + year + " is not a year");
        }
        if (sequence < 1) {
            throw new ProjectRefusedException("Label number rank " + sequence + " is not valid: ranks start at 1");
        }
    }

    /** Reads a label number written {@code LBL-2025-007}. */
    public static LabelNumber parse(String text) {
        Matcher m = text == null ? null : WRITTEN.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new ProjectRefusedException("Label number \"" + text
                    + "\" is not valid: it is written like LBL-2025-007");
        }
        return new LabelNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @Override
    public int compareTo(LabelNumber o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(sequence, o.sequence);
    }

    @Override
    public String toString() {
        return String.format("LBL-%d-%03d", year, sequence);
    }
}
