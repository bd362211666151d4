package org.filiere.access;

import java.util.Optional;

/**
 * Who is acting now: the one seam through which the library learns the identity the embedding application
 * authenticated. An application provides its own bean of this type (an {@code @Alternative} with a
 * {@code @Priority}), reading its security context; without one, the library's default answers with the actor of the
 * command running on this thread ({@link CommandActor}), so that commands that take an actor (batch jobs, tests, the
 * demo) are known through the same seam.
 */
public interface CurrentActor {

    /** The person acting, if anyone is known to be. */
    Optional<Actor> get();
}
