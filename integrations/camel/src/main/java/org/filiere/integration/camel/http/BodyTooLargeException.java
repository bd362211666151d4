package org.filiere.integration.camel.http;

import java.io.IOException;

/** A stream went past its size limit; what was read is dropped. */
public class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public BodyTooLargeException(String message) {
        super(message);
    }
}
