package org.filiere.directory;

import java.util.List;

/**
 * The association's own published events, as partners may see them. The events feature implements this port; the
 * partners integration publishes what it gives as schema.org {@code Event} JSON-LD and iCalendar. Without an
 * implementation, no events are published.
 */
public interface PublishedEvents {

    /** The published events that are not over, soonest first. */
    List<PublicEvent> upcoming();
}
