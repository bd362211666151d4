package org.filiere.integration.camel.http;

/**
 * A web answer that trying again will not change: a 4xx status (other than 429), a body over the size limit, an
 * address that is not http or https.
 */
public class FetchRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FetchRefusedException(String message) {
        super(message);
    }
}
