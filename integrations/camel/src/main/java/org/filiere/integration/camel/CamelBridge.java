package org.filiere.integration.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Shutdown;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultRegistry;
import org.eclipse.microprofile.config.Config;
import org.filiere.integration.camel.health.RouteActivity;

/**
 * Owns the library's {@link CamelContext}: creates it with the CDI beans as its registry and MicroProfile Config
 * as its properties, adds every {@link RoutesBuilder} bean whose integration is switched on and starts it, and stops
 * it when the container stops. When it starts is {@code filiere.camel.start}'s choice: {@code eager} once the
 * container has started (after the storage, so that routes find their tables); {@code on-demand} the first time a
 * bean asks for the CamelContext or a ProducerTemplate, so that an application run that needs no route (a
 * read-only command) neither builds nor starts Camel; {@code never} leaves the routes out.
 *
 * <table>
 * <caption>Configuration properties</caption>
 * <tr><th>property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code filiere.camel.name}</td><td>{@code filiere}</td><td>the CamelContext's name</td></tr>
 * <tr><td>{@code filiere.camel.start}</td><td>{@code eager}</td><td>{@code eager}, {@code on-demand} or
 * {@code never}: when Camel starts</td></tr>
 * <tr><td>{@code filiere.camel.enabled}</td><td>true</td><td>false is {@code filiere.camel.start=never}</td></tr>
 * <tr><td>{@code filiere.integration.<name>.enabled}</td><td>true</td><td>false leaves that integration's routes
 * out</td></tr>
 * </table>
 */
@ApplicationScoped
public class CamelBridge {

    /** Camel starts after the storage (which starts at the default priority) and stops before it. */
    static final int START_PRIORITY = Interceptor.Priority.LIBRARY_AFTER + 100;
    static final int STOP_PRIORITY = Interceptor.Priority.PLATFORM_BEFORE;

    private static final Logger LOG = Logger.getLogger(CamelBridge.class.getName());

    private final BeanManager beanManager;
    private final Config config;
    private final Instance<RoutesBuilder> routesBuilders;
    private final RouteActivity activity;
    private final IntegrationSettings settings;
    private DefaultCamelContext context;
    private ProducerTemplate template;
    private boolean started;
    private final List<String> skippedIntegrations = new ArrayList<>();

    @Inject
    public CamelBridge(BeanManager beanManager, Config config, @Any Instance<RoutesBuilder> routesBuilders,
            RouteActivity activity) {
        this.beanManager = beanManager;
        this.config = config;
        this.routesBuilders = routesBuilders;
        this.activity = activity;
        this.settings = config == null ? null : new IntegrationSettings(config);
    }

    /** For the CDI container's proxies. */
    protected CamelBridge() {
        this(null, null, null, null);
    }

    private synchronized DefaultCamelContext context() {
        if (context == null) {
            context = new DefaultCamelContext(new DefaultRegistry(new CdiBeanRepository(beanManager)));
            context.getCamelContextExtension().setName(config.getOptionalValue("filiere.camel.name", String.class)
                    .orElse("filiere"));
            context.getPropertiesComponent().addPropertiesSource(new MicroProfileConfigPropertiesSource(config));
            context.getManagementStrategy().addEventNotifier(new CdiEventNotifier(beanManager.getEvent()));
            context.getManagementStrategy().addEventNotifier(activity.notifier());
        }
        return context;
    }

    /** The library's CamelContext, for routes, templates and tests; started here when Camel starts on demand. */
    @Produces
    @Singleton
    CamelContext camelContext() throws Exception {
        if (settings.camelStart() == IntegrationSettings.CamelStart.ON_DEMAND) {
            startRoutes();
        }
        return context();
    }

    /** A producer template on the library's CamelContext, stopped with the container. */
    @Produces
    @Singleton
    synchronized ProducerTemplate producerTemplate() throws Exception {
        if (template == null) {
            template = camelContext().createProducerTemplate();
        }
        return template;
    }

    /** Starts Camel with the container, unless it starts on demand or never. */
    void start(@Observes @Priority(START_PRIORITY) Startup startup) throws Exception {
        IntegrationSettings.CamelStart start = settings.camelStart();
        if (start == IntegrationSettings.CamelStart.EAGER) {
            startRoutes();
        } else {
            LOG.info(() -> "Camel starts " + (start == IntegrationSettings.CamelStart.NEVER ? "never"
                    : "when a bean first asks for it") + " (" + IntegrationSettings.CAMEL_START + "="
                    + start.value() + ")");
        }
    }

    /** Adds the routes of every integration switched on, then starts Camel; once. */
    private synchronized void startRoutes() throws Exception {
        if (started) {
            return;
        }
        started = true;
        DefaultCamelContext context = context();
        for (RoutesBuilder builder : routesBuilders) {
            if (builder instanceof IntegrationRouteBuilder integration && !settings.enabled(integration.integration())) {
                skippedIntegrations.add(integration.integration());
                LOG.info(() -> "Integration '" + integration.integration() + "' is switched off ("
                        + IntegrationSettings.enabledKey(integration.integration()) + "=false)");
                continue;
            }
            context.addRoutes(builder);
        }
        context.start();
    }

    void stop(@Observes @Priority(STOP_PRIORITY) Shutdown shutdown) {
        stopContext();
    }

    @PreDestroy
    void destroy() {
        stopContext();
    }

    private synchronized void stopContext() {
        if (template != null) {
            try {
                template.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "The producer template did not close cleanly", e);
            }
            template = null;
        }
        if (context != null && !context.isStopped()) {
            try {
                context.stop();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Camel did not stop cleanly", e);
            }
        }
    }

    /** The integrations whose routes were left out because they are switched off. */
    public List<String> skippedIntegrations() {
        return List.copyOf(skippedIntegrations);
    }
}
