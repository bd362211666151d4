package org.filiere.integration.camel.outbox;

import java.util.List;

/**
 * What one pass of the relay did.
 *
 * @param sent        messages delivered and marked sent
 * @param triedLater  messages refused, to be tried again after a wait
 * @param dead        messages refused for good, now in the dead letters
 * @param unreachable channels that could not be reached (their messages wait), with the reason
 * @param waiting     channels that are not configured (their messages wait)
 */
public record RelayReport(int sent, int triedLater, int dead, List<String> unreachable, List<String> waiting) {

    public RelayReport {
        unreachable = List.copyOf(unreachable);
        waiting = List.copyOf(waiting);
    }
}
