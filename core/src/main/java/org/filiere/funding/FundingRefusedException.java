package org.filiere.funding;

import org.filiere.kernel.InvalidFieldException;

/** A funding line the rules refuse; the message names the line, the field and the reason. */
public class FundingRefusedException extends InvalidFieldException {

    private static final long serialVersionUID = 1L;

    public FundingRefusedException(String record, String field, String reason) {
        super(record, field, reason);
    }
}
