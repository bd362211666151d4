package org.filiere.portal.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.filiere.access.Actor;
import org.filiere.portal.security.PortalCurrentActor;
import org.filiere.portal.seed.DemoPeople;

/**
 * One page being answered: who is signed in, the form token of their session, and the rendering of a template
 * with what every page shows (the cluster's name, the person signed in).
 */
@RequestScoped
public class Page {

    private final Views views;
    private final PortalCurrentActor currentActor;
    private final HttpServletRequest request;

    @Inject
    public Page(Views views, PortalCurrentActor currentActor, HttpServletRequest request) {
        this.views = views;
        this.currentActor = currentActor;
        this.request = request;
    }

    /** For the CDI container's proxies. */
    protected Page() {
        this(null, null, null);
    }

    /** The person signed in, if anyone is. */
    public Optional<Actor> actor() {
        return currentActor.signedIn();
    }

    /** The person signed in; refuses the request when no one is. */
    public Actor requireActor() {
        return actor().orElseThrow(NotSignedInException::new);
    }

    /** Checks the form token sent with a form against the one of the session. */
    public void checkFormToken(String sent) {
        FormTokens.check(request, sent);
    }

    /** A 200 page of this template. */
    public Response ok(String template, Map<String, Object> model) {
        return Response.ok(html(template, model), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** The HTML of this template, with what every page shows. */
    public String html(String template, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("clusterName", DemoPeople.CLUSTER_NAME);
        actor().ifPresent(a -> {
            all.put("actor", a);
            all.put("isStaff", a.isStaff());
            all.put("isRepresentative", a.representing().isPresent());
        });
        all.put("formToken", FormTokens.of(request));
        return views.render(template, all);
    }
}
