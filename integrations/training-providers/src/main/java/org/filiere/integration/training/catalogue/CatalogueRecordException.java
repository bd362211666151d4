package org.filiere.integration.training.catalogue;

import org.filiere.kernel.BusinessRefusal;

/** One record of a catalogue cannot be read: the message names the record, the field and the reason. */
public class CatalogueRecordException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public CatalogueRecordException(String record, String field, String reason) {
        super(record + ": " + field + " " + reason + ".");
    }
}
