package org.filiere.access.application;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.filiere.access.AccessPolicy;
import org.filiere.access.Acting;
import org.filiere.access.Actor;
import org.filiere.access.CurrentActor;

/**
 * Runs a call of a {@link BindsCurrentActor} service acting as the {@link CurrentActor}, unless someone already acts
 * on the thread (an outer call, a command being run, a batch job's scope).
 */
@BindsCurrentActor
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class CurrentActorInterceptor {

    private final CurrentActor currentActor;

    @Inject
    public CurrentActorInterceptor(CurrentActor currentActor) {
        this.currentActor = currentActor;
    }

    /** Proceeds acting as the current actor, if one is known and none acts yet. */
    @AroundInvoke
    public Object actAsCurrentActor(InvocationContext call) throws Exception {
        if (AccessPolicy.acting().isPresent()) {
            return call.proceed();
        }
        Optional<Actor> actor = currentActor.get();
        if (actor.isEmpty()) {
            return call.proceed();
        }
        try (Acting.Scope scope = Acting.as(actor.get())) {
            return call.proceed();
        }
    }
}
