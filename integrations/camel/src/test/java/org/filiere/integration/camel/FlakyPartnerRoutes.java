package org.filiere.integration.camel;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** An integration sending items to the {@link FlakyPartner}, with the shared error handling. */
@Dependent
public class FlakyPartnerRoutes extends IntegrationRouteBuilder {

    /** The route's id. */
    public static final String ROUTE = "flaky-partner-send";

    private final FlakyPartner partner;

    @Inject
    public FlakyPartnerRoutes(FlakyPartner partner) {
        super("flaky-partner");
        this.partner = partner;
    }

    @Override
    protected void routes() {
        from("direct:flaky-partner").routeId(ROUTE)
                .process(exchange -> partner.receive(exchange.getIn().getBody(String.class)));
    }
}
