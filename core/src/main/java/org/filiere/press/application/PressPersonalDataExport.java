package org.filiere.press.application;

import java.time.Instant;
import java.util.List;

import org.filiere.press.Journalist;

/**
 * Everything held about a journalist, for a request to see one's personal data.
 *
 * @param email       the e-mail address the request named
 * @param exportedAt  when the export was made
 * @param journalists every record held with that address, with every field
 * @param lists       the names of the distribution lists they are on
 */
public record PressPersonalDataExport(String email, Instant exportedAt, List<Journalist> journalists,
        List<String> lists) {
}
