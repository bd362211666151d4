package org.filiere.demo.event;

import java.util.List;
import java.util.Locale;

import org.filiere.demo.DemoCluster;
import org.filiere.event.EventId;
import org.filiere.event.EventKind;
import org.filiere.event.EventQuery;
import org.filiere.event.application.EventDirectory;
import org.filiere.event.application.EventView;
import org.filiere.kernel.NotFoundException;

/** Finds events by the first characters of their ids, as the demo prints them. */
final class EventRefs {

    /** How many characters of an id the demo prints. */
    static final int SHORT = 8;

    private EventRefs() {
    }

    static String shortId(Object id) {
        return id.toString().substring(0, SHORT);
    }

    static EventId event(DemoCluster cluster, String prefix) {
        String wanted = prefix.strip().toLowerCase(Locale.ROOT);
        if (wanted.length() < 4) {
            throw new NotFoundException("event with the id '" + prefix + "' (give at least its first 4 characters)");
        }
        List<EventId> found = cluster.get(EventDirectory.class).events(EventQuery.all()).stream().map(EventView::id)
                .filter(id -> id.toString().startsWith(wanted)).toList();
        if (found.isEmpty()) {
            throw new NotFoundException("event whose id starts with '" + prefix + "'");
        }
        if (found.size() > 1) {
            throw new NotFoundException("single event whose id starts with '" + prefix + "' (" + found.size()
                    + " match; give more characters)");
        }
        return found.get(0);
    }

    /** The latest speed-meeting event, for commands that do not name one. */
    static EventId latestSpeedMeeting(DemoCluster cluster) {
        List<EventView> found = cluster.get(EventDirectory.class).events(EventQuery.all()
                .ofKind(EventKind.SPEED_MEETING));
        if (found.isEmpty()) {
            throw new NotFoundException("speed-meeting event (run the tour first, or name one with --event)");
        }
        return found.get(found.size() - 1).id();
    }
}
