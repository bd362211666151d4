package org.filiere.integration.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.CamelEvent;
import org.filiere.persistence.FiliereContainer;
import org.filiere.persistence.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The CDI bridge: Camel lives and dies with the container, sees its beans and its configuration, tells its moments. */
class CamelBridgeTest {

    private static final Map<String, String> SETTINGS = Map.of(
            "filiere.test.greeting-endpoint", "greetings",
            "filiere.integration.silent.enabled", "false");

    private static final Class<?>[] BEANS = {Greeter.class, GreetingRoutes.class, EchoIntegration.class,
        SilentIntegration.class, LifecycleWitness.class};

    @BeforeEach
    void forgetMoments() {
        LifecycleWitness.MOMENTS.clear();
    }

    @Test
    void shouldStartCamelWithTheContainerAndStopItWithTheContainer() {
        CamelContext camel;
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), SETTINGS, BEANS)) {
            camel = filiere.get(CamelContext.class);
            assertThat(camel.getStatus()).isEqualTo(ServiceStatus.Started);
            assertThat(camel.getRouteController().getRouteStatus("greet")).isEqualTo(ServiceStatus.Started);
        }
        assertThat(camel.getStatus()).isEqualTo(ServiceStatus.Stopped);
        assertThat(LifecycleWitness.MOMENTS).containsSubsequence("route started greet", "context started",
                "context stopped");
    }

    @Test
    void shouldAddEveryRoutesBuilderBeanAndLeaveOutTheIntegrationsSwitchedOff() {
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), SETTINGS, BEANS)) {
            CamelContext camel = filiere.get(CamelContext.class);
            assertThat(camel.getRoute("greet")).isNotNull();
            assertThat(camel.getRoute("echo")).isNotNull();
            assertThat(camel.getRoute("silent")).isNull();
            assertThat(filiere.get(CamelBridge.class).skippedIntegrations()).containsExactly("silent");
        }
    }

    @Test
    void shouldLetRoutesCallCdiBeansByName() {
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), SETTINGS, BEANS)) {
            ProducerTemplate template = filiere.get(ProducerTemplate.class);
            assertThat(template.requestBody("direct:greetings", "Claire", String.class)).isEqualTo("Bonjour Claire");
        }
    }

    @Test
    void shouldResolveEndpointPlaceholdersFromMicroProfileConfig() {
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), SETTINGS, BEANS)) {
            CamelContext camel = filiere.get(CamelContext.class);
            assertThat(camel.getRoute("greet").getEndpoint().getEndpointUri()).isEqualTo("direct://greetings");
            assertThat(camel.resolvePropertyPlaceholders("{{filiere.integration.silent.enabled}}")).isEqualTo("false");
        }
    }

    @Test
    void shouldFindCdiBeansByNameAndTypeInCamelsRegistry() {
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(), SETTINGS, BEANS)) {
            var registry = filiere.get(CamelContext.class).getRegistry();
            assertThat(registry.lookupByNameAndType("greeter", Greeter.class).greet("Paul")).isEqualTo("Bonjour Paul");
            assertThat(registry.findByType(Greeter.class)).hasSize(1);
            assertThat(registry.findByTypeWithName(Greeter.class)).containsOnlyKeys("greeter");
            assertThat(registry.lookupByName("nobody")).isNull();
        }
    }

    @Test
    void shouldNotStartCamelWhenSwitchedOff() {
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(),
                Map.of("filiere.camel.enabled", "false", "filiere.test.greeting-endpoint", "greetings"), BEANS)) {
            assertThat(filiere.get(CamelContext.class).getStatus()).isNotEqualTo(ServiceStatus.Started);
            assertThat(filiere.get(CamelContext.class).getRoutes()).isEmpty();
        }
    }

    @Test
    void shouldStartCamelOnlyWhenABeanFirstAsksForItWhenItStartsOnDemand() {
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(),
                Map.of("filiere.camel.start", "on-demand", "filiere.test.greeting-endpoint", "greetings"), BEANS)) {
            assertThat(LifecycleWitness.MOMENTS).isEmpty();

            ProducerTemplate template = filiere.get(ProducerTemplate.class);

            assertThat(filiere.get(CamelContext.class).getStatus()).isEqualTo(ServiceStatus.Started);
            assertThat(template.requestBody("direct:greetings", "Claire", String.class)).isEqualTo("Bonjour Claire");
            assertThat(LifecycleWitness.MOMENTS).containsSubsequence("route started greet", "context started");
        }
        assertThat(LifecycleWitness.MOMENTS).contains("context stopped");
    }

    @Test
    void shouldNeverStartCamelWhenToldSo() {
        try (FiliereContainer filiere = FiliereContainer.start(TestDatabase.derby(),
                Map.of("filiere.camel.start", "never", "filiere.test.greeting-endpoint", "greetings"), BEANS)) {
            assertThat(filiere.get(CamelContext.class).getStatus()).isNotEqualTo(ServiceStatus.Started);
            assertThat(filiere.get(CamelContext.class).getRoutes()).isEmpty();
        }
        assertThat(LifecycleWitness.MOMENTS).doesNotContain("context started");
    }

    @Test
    void shouldRefuseAnUnknownStartWithTheSettingsName() {
        IntegrationSettings settings = new IntegrationSettings(new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of("filiere.camel.start", "lazily"), "test", 100)).build());
        assertThatThrownBy(settings::camelStart)
                .hasMessage("filiere.camel.start must be eager, on-demand or never, not 'lazily'");
    }

    /** A CDI bean that routes call by name. */
    @ApplicationScoped
    @Named("greeter")
    public static class Greeter {
        public String greet(String name) {
            return "Bonjour " + name;
        }
    }

    /** A plain route builder bean, its endpoint from configuration. */
    @Dependent
    public static class GreetingRoutes extends RouteBuilder {
        @Override
        public void configure() {
            from("direct:{{filiere.test.greeting-endpoint}}").routeId("greet").to("bean:greeter?method=greet");
        }
    }

    /** An integration switched on (by default). */
    @Dependent
    public static class EchoIntegration extends IntegrationRouteBuilder {
        public EchoIntegration() {
            super("echo");
        }

        @Override
        protected void routes() {
            from("direct:echo").routeId("echo").log("${body}");
        }
    }

    /** An integration switched off by configuration. */
    @Dependent
    public static class SilentIntegration extends IntegrationRouteBuilder {
        public SilentIntegration() {
            super("silent");
        }

        @Override
        protected void routes() {
            from("direct:silent").routeId("silent").log("${body}");
        }
    }

    /** Observes Camel's moments as CDI events. */
    @ApplicationScoped
    public static class LifecycleWitness {
        static final List<String> MOMENTS = new CopyOnWriteArrayList<>();

        void contextStarted(@Observes CamelEvent.CamelContextStartedEvent event) {
            MOMENTS.add("context started");
        }

        void routeStarted(@Observes CamelEvent.RouteStartedEvent event) {
            MOMENTS.add("route started " + event.getRoute().getRouteId());
        }

        void contextStopped(@Observes CamelEvent.CamelContextStoppedEvent event) {
            MOMENTS.add("context stopped");
        }
    }
}
