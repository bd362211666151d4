package org.filiere.portal.web;

import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.filiere.access.AccessRefusedException;
import org.filiere.kernel.BusinessRefusal;
import org.filiere.kernel.InvalidFieldException;
import org.filiere.kernel.NotFoundException;
import org.filiere.kernel.StaleDataException;
import org.filiere.member.InvalidIdentifierException;
import org.filiere.training.InvalidTrainingDataException;

/**
 * Every failure of a request as a clear answer: the library's refusals and bad input as 4xx carrying the library's
 * message (an HTML page, or JSON under {@code /api}), anything else as a 500 that says no more than that; never a
 * stack trace. Unexpected failures are logged.
 */
@Provider
@ApplicationScoped
public class Refusals implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(Refusals.class.getName());

    @Context
    UriInfo uri;

    @Inject
    Page page;

    /**
     * An answer to a failure.
     *
     * @param status  the HTTP status
     * @param title   what happened, in a few words
     * @param message the library's message, or what the person can do
     */
    record Answer(int status, String title, String message) {
    }

    @Override
    public Response toResponse(Throwable failure) {
        Answer answer = answer(failure);
        boolean api = uri != null && uri.getPath().startsWith("api");
        if (api || uri != null && uri.getPath().startsWith("/api")) {
            return Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("status", answer.status(), "error", answer.title(), "message", answer.message()))
                    .build();
        }
        String html;
        try {
            html = page.html("error", Map.of("status", answer.status(), "title", answer.title(),
                    "message", answer.message()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The error page failed", e);
            html = "<!DOCTYPE html><html lang=\"en\"><head><title>Error</title></head><body><main><h1>"
                    + answer.status() + "</h1></main></body></html>";
        }
        return Response.status(answer.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html)
                .build();
    }

    static Answer answer(Throwable failure) {
        Optional<BusinessRefusal> refusal = causeOfType(failure, BusinessRefusal.class);
        if (refusal.isPresent()) {
            BusinessRefusal r = refusal.get();
            if (r instanceof AccessRefusedException) {
                return new Answer(403, "Refused", r.getMessage());
            } else if (r instanceof NotFoundException) {
                return new Answer(404, "Not found", r.getMessage());
            } else if (r instanceof InvalidFieldException || r instanceof InvalidTrainingDataException
                    || r instanceof InvalidIdentifierException) {
                return new Answer(400, "Bad input", r.getMessage());
            } else if (r instanceof StaleDataException) {
                return new Answer(409, "Changed meanwhile", r.getMessage());
            }
            return new Answer(409, "Refused", r.getMessage());
        }
        Optional<FormTokenException> token = causeOfType(failure, FormTokenException.class);
        if (token.isPresent()) {
            return new Answer(403, "Form refused", token.get().getMessage());
        }
        if (causeOfType(failure, NotSignedInException.class).isPresent()) {
            return new Answer(401, "Sign in", "Sign in to see this page");
        }
        Optional<IllegalArgumentException> bad = causeOfType(failure, IllegalArgumentException.class);
        if (bad.isPresent() && bad.get().getMessage() != null) {
            return new Answer(400, "Bad input", bad.get().getMessage());
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status < 500) {
                return new Answer(status, status == 404 ? "Not found" : "Bad request",
                        status == 404 ? "There is no such page" : "The request cannot be answered as sent");
            }
        }
        LOG.log(Level.SEVERE, "Request failed", failure);
        return new Answer(500, "Server error", "The portal could not answer; the error is logged");
    }

    private static <T extends Throwable> Optional<T> causeOfType(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
