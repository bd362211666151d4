package org.filiere.integration.training.registration;

import jakarta.enterprise.context.Dependent;

import org.apache.camel.Exchange;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.filiere.integration.camel.IntegrationRouteBuilder;
import org.filiere.integration.training.TrainingProviderSettings;

/**
 * Sends each confirmed registration, taken from the outbox by {@link RegistrationChannel}, to its training
 * organisation as JSON by HTTP POST. The organisation being down
 * or answering 5xx or 429 is a transient failure, tried again with growing waits before the registration goes to
 * the dead letters, from which staff retry it once the organisation is back. An answer 4xx goes to the dead
 * letters at once.
 */
@Dependent
public class RegistrationRoutes extends IntegrationRouteBuilder {

    /** The route that POSTs one registration; dead letters are retried through it. */
    public static final String SEND_ROUTE = "training-providers-registration-send";
    /** Its endpoint. */
    public static final String SEND = "direct:" + SEND_ROUTE;
    /** The organisation's SIRET. */
    public static final String PROVIDER_HEADER = "FiliereProviderSiret";
    /** The registration's id, also sent as the request's {@code Idempotency-Key}. */
    public static final String REGISTRATION_HEADER = "FiliereRegistrationId";

    private static final String URL = "FiliereProviderUrl";

    public RegistrationRoutes() {
        super(TrainingProviderSettings.INTEGRATION);
    }

    @Override
    protected void routes() {
        TrainingProviderSettings settings = new TrainingProviderSettings(ConfigProvider.getConfig());
        from(SEND).routeId(SEND_ROUTE)
                .process(exchange -> {
                    String siret = exchange.getIn().getHeader(PROVIDER_HEADER, String.class);
                    exchange.setProperty(URL, settings.registrationsUrl(siret).orElseThrow(() ->
                            new IllegalStateException("No registrations URL is configured for the training "
                                    + "organisation " + siret + " (" + TrainingProviderSettings.registrationsUrlKey(siret)
                                    + ")")));
                })
                .setHeader("Idempotency-Key", header(REGISTRATION_HEADER))
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .toD("${exchangeProperty." + URL + "}");
    }

    @Override
    protected boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpOperationFailedException http) {
                return http.getStatusCode() >= 500 || http.getStatusCode() == 429 || http.getStatusCode() == 408;
            }
        }
        return super.isTransient(failure);
    }
}
