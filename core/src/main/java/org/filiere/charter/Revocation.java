package org.filiere.charter;

import java.time.Instant;

/**
 * The withdrawal of a signature.
 *
 * @param at        when
 * @param by        who withdrew it
 * @param reason    why
 */
public record Revocation(Instant at, String by, String reason) {
}
