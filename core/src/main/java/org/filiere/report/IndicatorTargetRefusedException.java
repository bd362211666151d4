package org.filiere.report;

import org.filiere.kernel.InvalidFieldException;

/** An indicator target the rules refuse; the message names the target, the field and the reason. */
public class IndicatorTargetRefusedException extends InvalidFieldException {

    private static final long serialVersionUID = 1L;

    public IndicatorTargetRefusedException(String record, String field, String reason) {
        super(record, field, reason);
    }
}
