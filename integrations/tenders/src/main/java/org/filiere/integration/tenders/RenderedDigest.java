package org.filiere.integration.tenders;

/**
 * A digest written out for its reader.
 *
 * @param subject the e-mail's subject
 * @param html    the HTML body
 * @param text    the plain-text body
 */
public record RenderedDigest(String subject, String html, String text) {
}
