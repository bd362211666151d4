package org.filiere.integration.training.catalogue;

import org.filiere.kernel.BusinessRefusal;

/** One record of a catalogue cannot be read: the refusal names the record, the field and the reason. */
public class CatalogueRecordException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    private final CatalogueRefusal refusal;

    public CatalogueRecordException(String record, String field, String reason) {
        this(new CatalogueRefusal(record, field, reason));
    }

    public CatalogueRecordException(CatalogueRefusal refusal) {
        super(refusal.message());
        this.refusal = refusal;
    }

    /** The refusal, as data. */
    public CatalogueRefusal refusal() {
        return refusal;
    }
}
