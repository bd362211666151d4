package org.filiere.integration.camel.deadletter;

import java.util.Optional;

/**
 * What became of a retried dead letter.
 *
 * @param id        the letter
 * @param succeeded true when the item went through and the letter is gone
 * @param reason    why it failed again, when it did
 */
public record RetryOutcome(DeadLetterId id, boolean succeeded, Optional<String> reason) {

    static RetryOutcome succeeded(DeadLetterId id) {
        return new RetryOutcome(id, true, Optional.empty());
    }

    static RetryOutcome failedAgain(DeadLetterId id, String reason) {
        return new RetryOutcome(id, false, Optional.of(reason));
    }
}
