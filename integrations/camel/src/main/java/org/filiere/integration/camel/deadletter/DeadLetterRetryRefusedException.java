package org.filiere.integration.camel.deadletter;

import org.filiere.kernel.BusinessRefusal;

/** A dead letter cannot be retried now: its route cannot be sent to, or someone else is retrying it. */
public class DeadLetterRetryRefusedException extends BusinessRefusal {

    private static final long serialVersionUID = 1L;

    public DeadLetterRetryRefusedException(String message) {
        super(message);
    }
}
