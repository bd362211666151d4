package org.filiere.integration.tenders;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Keeps the {@link TenderNoticeRead} events, as an application following its feeds would. */
@ApplicationScoped
public class ReadTenders {

    private final List<TenderNoticeRead> read = new CopyOnWriteArrayList<>();

    void onRead(@Observes TenderNoticeRead event) {
        read.add(event);
    }

    public List<TenderNoticeRead> all() {
        return List.copyOf(read);
    }
}
