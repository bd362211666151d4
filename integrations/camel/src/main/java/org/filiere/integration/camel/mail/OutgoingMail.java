package org.filiere.integration.camel.mail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An e-mail to send: HTML with a plain-text alternative.
 *
 * @param to      the recipients' addresses
 * @param from    the sender's address; the configured one when empty
 * @param subject the subject
 * @param html    the HTML body, every value already escaped
 * @param text    the plain-text alternative
 */
public record OutgoingMail(List<String> to, Optional<String> from, String subject, String html, String text) {

    public OutgoingMail {
        to = List.copyOf(to);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("A mail needs at least one recipient");
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
    }
}
