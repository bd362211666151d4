package org.filiere.integration.training.catalogue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A catalogue read in chunks of whole courses, each chunk holding about {@code sessions} sessions, so that an
 * import writes one chunk per transaction while the file streams.
 */
public final class Chunks implements Iterator<List<CatalogueCourse>>, AutoCloseable {

    private final CatalogueReader reader;
    private final int sessions;

    public Chunks(CatalogueReader reader, int sessions) {
        if (sessions < 1) {
            throw new IllegalArgumentException("A chunk holds at least one session, not " + sessions);
        }
        this.reader = reader;
        this.sessions = sessions;
    }

    @Override
    public boolean hasNext() {
        return reader.hasNext();
    }

    @Override
    public List<CatalogueCourse> next() {
        if (!reader.hasNext()) {
            throw new NoSuchElementException();
        }
        List<CatalogueCourse> chunk = new ArrayList<>();
        int count = 0;
        while (reader.hasNext() && count < sessions) {
            CatalogueCourse course = reader.next();
            chunk.add(course);
            count += Math.max(1, course.sessions().size());
        }
        return chunk;
    }

    @Override
    public void close() {
        reader.close();
    }
}
