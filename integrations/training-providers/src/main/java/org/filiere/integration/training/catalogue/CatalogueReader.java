package org.filiere.integration.training.catalogue;

import java.util.Iterator;

/**
 * Reads a catalogue one course at a time, never holding the whole file. A file that is not a catalogue of the
 * reader's format at all is refused whole with a {@link CatalogueRefusedException}, at the first call or when the
 * damage is met.
 */
public interface CatalogueReader extends Iterator<CatalogueCourse>, AutoCloseable {

    /** The name of the format, for messages ({@code LHEO 2.3}, {@code CSV}). */
    String format();

    @Override
    void close();
}
