package org.filiere.portal.security;

import java.security.Principal;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.SecurityContext;

import org.filiere.access.Acting;
import org.filiere.access.Actor;
import org.filiere.access.CommandActor;
import org.filiere.access.CurrentActor;
import org.filiere.portal.seed.DemoPeople;

/**
 * Who acts, for the library: the person the server authenticated for this request (the server's user registry
 * names them; {@link DemoPeople} says who they are for the library). Outside a request (the seeding on the first
 * start, the integrations' routes) it is the actor of the command running, or else whoever the thread acts as, as the
 * library's default says.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
public class PortalCurrentActor implements CurrentActor {

    private final SecurityContext security;

    @Inject
    public PortalCurrentActor(SecurityContext security) {
        this.security = security;
    }

    /** For the CDI container's proxies. */
    protected PortalCurrentActor() {
        this(null);
    }

    @Override
    public Optional<Actor> get() {
        Optional<Actor> signedIn = signedIn();
        return signedIn.isPresent() ? signedIn : CommandActor.current().or(Acting::current);
    }

    /** The person signed in for the current request, if any. */
    public Optional<Actor> signedIn() {
        Principal principal;
        try {
            principal = security.getCallerPrincipal();
        } catch (RuntimeException outsideRequest) {
            return Optional.empty();
        }
        return principal == null ? Optional.empty() : DemoPeople.actorOf(principal.getName());
    }
}
