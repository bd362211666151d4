package org.filiere.directory;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.filiere.kernel.InvalidFieldException;

/**
 * One of the association's own events as it is published to partners (schema.org {@code Event}, iCalendar): only
 * what the public may know.
 *
 * @param id          the event's stable id, in its text form
 * @param title       its title
 * @param description what it is about
 * @param start       when it starts
 * @param end         when it ends, if said
 * @param place       the name of the place
 * @param address     where the place is
 * @param url         where to read about it or register, if anywhere
 */
public record PublicEvent(String id, String title, String description, Instant start, Optional<Instant> end,
        String place, PartnerAddress address, Optional<URI> url) {

    public PublicEvent {
        if (id == null || id.isBlank()) {
            throw new InvalidFieldException("A published event", "id", "is missing");
        }
        if (title == null || title.isBlank()) {
            throw new InvalidFieldException("Published event " + id, "title", "is missing");
        }
        if (start == null) {
            throw new InvalidFieldException("Published event \"" + title + "\"", "start", "is missing");
        }
        description = description == null ? "" : description;
        Objects.requireNonNull(end, "end");
        place = place == null ? "" : place;
        address = address == null ? PartnerAddress.unknown() : address;
        Objects.requireNonNull(url, "url");
    }
}
