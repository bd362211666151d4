package org.filiere.reporting;

import java.util.Arrays;
import java.util.Locale;

/** The forms the activity report is written in. */
public enum ReportFormat {
    HTML("html"),
    PDF("pdf"),
    CSV("csv"),
    JSON("json");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /**
     * The format with this name, in any case ({@code html}, {@code PDF}).
     *
     * @throws IllegalArgumentException naming the formats when the name is none of them
     */
    public static ReportFormat named(String name) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(name.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("'" + name
                        + "' is not a report format; use html, pdf, csv or json"));
    }
}
