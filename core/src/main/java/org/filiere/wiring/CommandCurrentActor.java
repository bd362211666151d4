package org.filiere.wiring;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.filiere.access.AccessPolicy;
import org.filiere.access.Actor;
import org.filiere.access.Acting;
import org.filiere.access.CommandActor;
import org.filiere.access.CurrentActor;

/**
 * The library's default {@link CurrentActor}: the actor of the command running on this thread ({@link CommandActor}),
 * or else whoever the thread is {@link Acting} as. An application that authenticates its users replaces it with an
 * alternative of its own.
 */
@ApplicationScoped
public class CommandCurrentActor implements CurrentActor {

    @Override
    public Optional<Actor> get() {
        return AccessPolicy.acting();
    }
}
