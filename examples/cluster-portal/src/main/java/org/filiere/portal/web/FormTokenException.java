package org.filiere.portal.web;

/** A form sent without its session's token: refused (HTTP 403), nothing done. */
public class FormTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    FormTokenException() {
        super("This form is out of date or was not sent from the portal: reload the page and send it again");
    }
}
