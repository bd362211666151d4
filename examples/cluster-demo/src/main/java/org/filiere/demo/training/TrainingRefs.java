package org.filiere.demo.training;

import java.util.List;
import java.util.Locale;

import org.filiere.demo.DemoCluster;
import org.filiere.kernel.NotFoundException;
import org.filiere.training.RegistrationId;
import org.filiere.training.SessionId;
import org.filiere.training.SessionQuery;
import org.filiere.training.application.RegistrationView;
import org.filiere.training.application.SessionView;
import org.filiere.training.application.TrainingDirectory;

/** Finds sessions and registrations by the first characters of their ids, as the demo prints them. */
final class TrainingRefs {

    /** How many characters of an id the demo prints. */
    static final int SHORT = 8;

    private TrainingRefs() {
    }

    static String shortId(Object id) {
        return id.toString().substring(0, SHORT);
    }

    static SessionId session(DemoCluster cluster, String prefix) {
        String wanted = clean(prefix, "training session");
        List<SessionView> found = cluster.get(TrainingDirectory.class).sessions(SessionQuery.all()).stream()
                .filter(s -> s.id().toString().startsWith(wanted)).toList();
        return only(found.stream().map(SessionView::id).toList(), "training session", prefix);
    }

    static RegistrationId registration(DemoCluster cluster, SessionId session, String prefix) {
        String wanted = clean(prefix, "registration");
        List<RegistrationView> found = cluster.get(TrainingDirectory.class).registrations(cluster.actor(), session)
                .stream().filter(r -> r.id().toString().startsWith(wanted)).toList();
        return only(found.stream().map(RegistrationView::id).toList(), "registration", prefix);
    }

    private static String clean(String prefix, String what) {
        String wanted = prefix.strip().toLowerCase(Locale.ROOT);
        if (wanted.length() < 4) {
            throw new NotFoundException(what + " with the id '" + prefix + "' (give at least its first 4 characters)");
        }
        return wanted;
    }

    private static <T> T only(List<T> found, String what, String prefix) {
        if (found.isEmpty()) {
            throw new NotFoundException(what + " whose id starts with '" + prefix + "'");
        }
        if (found.size() > 1) {
            throw new NotFoundException("single " + what + " whose id starts with '" + prefix + "' ("
                    + found.size() + " match; give more characters)");
        }
        return found.get(0);
    }
}
