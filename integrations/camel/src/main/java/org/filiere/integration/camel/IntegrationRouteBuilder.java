package org.filiere.integration.camel;

import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.apache.camel.builder.DeadLetterChannelBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.ConfigProvider;
import org.filiere.access.Actor;
import org.filiere.integration.camel.IntegrationSettings.Redelivery;
import org.filiere.integration.camel.deadletter.DeadLetterRecorder;

/**
 * The routes of one integration (a CDI bean, {@code @Dependent} or {@code @ApplicationScoped}). Its error handling
 * is declared here once for all its routes: a transient failure (see {@link #isTransient(Throwable)}) is tried
 * again with growing waits, as {@code filiere.integration.<name>.redelivery.*} says; any other failure, or a
 * transient one that outlasts the attempts, sends the item to the dead-letter store with its reason. The bridge
 * leaves the routes out when {@code filiere.integration.<name>.enabled} is false.
 */
public abstract class IntegrationRouteBuilder extends RouteBuilder {

    private final String integration;

    /** @param integration the integration's name in configuration keys, such as {@code training-providers} */
    protected IntegrationRouteBuilder(String integration) {
        if (integration == null || !integration.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("An integration name is lower-case words joined by hyphens, not '"
                    + integration + "'");
        }
        this.integration = integration;
    }

    /** The integration's name. */
    public String integration() {
        return integration;
    }

    @Override
    public final void configure() throws Exception {
        Redelivery redelivery = new IntegrationSettings(ConfigProvider.getConfig()).redelivery(integration);
        DeadLetterChannelBuilder deadLetters = deadLetterChannel("bean:" + DeadLetterRecorder.NAME);
        deadLetters.setRetryWhilePredicate(retryWhile(redelivery.maximum()));
        errorHandler(deadLetters
                .redeliveryDelay(redelivery.delay().toMillis())
                .useExponentialBackOff()
                .backOffMultiplier(redelivery.multiplier())
                .maximumRedeliveryDelay(redelivery.maximumDelay().toMillis())
                .logExhausted(false)
                .logRetryAttempted(true));
        routes();
    }

    /** Declares the integration's routes; each has an explicit {@code routeId}. */
    protected abstract void routes() throws Exception;

    /**
     * Whether a failure may go away by itself (a provider down, a network timeout, a locked row), so that trying
     * again later makes sense: the project's one rule, {@link FailureClassification}. Bad input is never transient
     * and goes to the dead letters at once. Integrations may add their own cases, asking this rule for the rest.
     */
    protected boolean isTransient(Throwable failure) {
        return FailureClassification.isTransient(failure);
    }

    /**
     * A policy that runs a route's steps as this integration's system identity ({@code system:<name>}), with the
     * staff's rights: for the scheduled and import routes that call the application services.
     */
    protected ActingPolicy actingAsSystem() {
        return new ActingPolicy(Actor.system(integration()));
    }

    /** The name of a configuration key of this integration: {@code filiere.integration.<name>.<key>}. */
    protected String settingKey(String key) {
        return IntegrationSettings.prefix(integration) + key;
    }

    /** A Camel placeholder for a configuration key of this integration, for endpoint URIs. */
    protected String setting(String key) {
        return "{{" + settingKey(key) + "}}";
    }

    private Predicate retryWhile(int maximum) {
        return exchange -> {
            Throwable failure = exchange.getException() != null ? exchange.getException()
                    : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
            int redelivery = exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER, 1, Integer.class);
            return failure != null && redelivery <= maximum && isTransient(failure);
        };
    }
}
