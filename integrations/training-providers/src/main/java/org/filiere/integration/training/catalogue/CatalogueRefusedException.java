package org.filiere.integration.training.catalogue;

import org.filiere.kernel.BusinessRefusal;

/** A whole file is refused: it is not a catalogue in a format the library reads, or it is damaged or unsafe. */
public class CatalogueRefusedException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public CatalogueRefusedException(String message) {
        super(message);
    }

    public CatalogueRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
