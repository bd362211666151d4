package org.filiere.integration.press;

import java.time.Duration;

import jakarta.enterprise.context.Dependent;

import org.eclipse.microprofile.config.ConfigProvider;
import org.filiere.integration.camel.IntegrationRouteBuilder;
import org.filiere.integration.camel.mail.MailRoutes;
import org.filiere.press.application.ReleaseDispatch;

/**
 * On every dispatch period, the press releases whose embargo is lifted are published and their stored deliveries
 * sent ({@link ReleaseDispatch}); a release therefore leaves at most one period after its embargo, never before.
 *
 * <table>
 * <caption>Configuration properties ({@code filiere.integration.press.})</caption>
 * <tr><th>property</th><th>default</th><th>meaning</th></tr>
 * <tr><td>{@code dispatch-period}</td><td>{@code PT1M}</td><td>how often embargoes are checked and deliveries
 * sent</td></tr>
 * </table>
 * The SMTP server is the shared one ({@code filiere.integration.mail.smtp-url}); without one the route does not run,
 * and releases wait, scheduled, until a mail server is configured (or a staff member runs {@link ReleaseDispatch}).
 */
@Dependent
public class PressRoutes extends IntegrationRouteBuilder {

    /** The integration's name in configuration keys. */
    public static final String NAME = "press";

    public PressRoutes() {
        super(NAME);
    }

    @Override
    protected void routes() {
        if (ConfigProvider.getConfig().getOptionalValue(MailRoutes.SMTP_URL, String.class).isEmpty()) {
            return;
        }
        long period = ConfigProvider.getConfig().getOptionalValue(settingKey("dispatch-period"), Duration.class)
                .orElse(Duration.ofMinutes(1)).toMillis();
        from("timer:press-release-dispatch?delay=" + period + "&period=" + period).routeId("press-release-dispatch")
                .policy(actingAsSystem())
                .bean(ReleaseDispatch.class, "run");
    }
}
