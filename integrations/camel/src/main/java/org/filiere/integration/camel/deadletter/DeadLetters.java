package org.filiere.integration.camel.deadletter;

/**
 * Exchange properties through which a route tells the dead-letter store about the item it is processing. None
 * is required: without them the store keeps the message body and offers a retry through the route's own
 * endpoint when that endpoint can be sent to ({@code direct:}).
 */
public final class DeadLetters {

    /** The item as text, when the body is not (a parsed record, a file). */
    public static final String ITEM = "FiliereDeadLetterItem";

    /** The item's own key (a provider's session id, a file name), shown to staff. */
    public static final String ITEM_KEY = "FiliereDeadLetterItemKey";

    /** The endpoint a retry sends the item to, when it is not the route's own. */
    public static final String RETRY_ENDPOINT = "FiliereDeadLetterRetryEndpoint";

    /** Set on an exchange that retries a dead letter: the letter's id, so that a new failure updates it. */
    public static final String RETRY_OF = "FiliereDeadLetterRetryOf";

    /** Set by the store on an exchange whose item it kept: the dead letter's id. */
    public static final String STORED_AS = "FiliereDeadLetterStoredAs";

    private DeadLetters() {
    }
}
