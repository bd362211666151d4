package org.filiere.access;

import java.util.Optional;

/**
 * The actor of the command running on this thread: the access policy binds the actor whose rights it has just
 * checked, and the library's transactions clear the binding when their outermost unit of work begins and ends, so that
 * what a transaction records is done in the name of whoever was checked inside it, never of an earlier caller of the
 * thread.
 */
public final class CommandActor {

    private static final ThreadLocal<Actor> BOUND = new ThreadLocal<>();

    private CommandActor() {
    }

    /** Binds the actor whose access was just granted. */
    static void bind(Actor actor) {
        BOUND.set(actor);
    }

    /** The actor bound on this thread, if any. */
    public static Optional<Actor> current() {
        return Optional.ofNullable(BOUND.get());
    }

    /** Forgets the actor bound on this thread. */
    public static void clear() {
        BOUND.remove();
    }
}
