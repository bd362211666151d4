package org.filiere.access;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who acts for a unit of work on this thread: an application (a request filter, a command-line command, a batch job,
 * a test) says who it acts as, and the library's checks and its default {@link CurrentActor} answer with that actor
 * until the scope closes. Transactions do not clear it, unlike the {@link CommandActor} of one command. Opening a scope
 * starts a new unit of work: the command actor bound before it is set aside, and restored when the scope closes.
 *
 * <pre>{@code
 * try (Acting.Scope scope = Acting.as(staff)) {
 *     directory.member(id);
 * }
 * }</pre>
 */
public final class Acting {

    private static final ThreadLocal<Actor> ACTING = new ThreadLocal<>();

    private Acting() {
    }

    /** Acts as this actor on this thread until the returned scope closes; scopes nest. */
    public static Scope as(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        Scope scope = new Scope(ACTING.get(), CommandActor.current().orElse(null));
        ACTING.set(actor);
        CommandActor.clear();
        return scope;
    }

    /**
     * Acts as nobody on this thread until the returned scope closes: what runs inside is done by someone not signed
     * in, who may only call the public reads.
     */
    public static Scope asNobody() {
        Scope scope = new Scope(ACTING.get(), CommandActor.current().orElse(null));
        ACTING.remove();
        CommandActor.clear();
        return scope;
    }

    /** Does some work as this actor and returns its result. */
    public static <T> T as(Actor actor, Supplier<T> work) {
        try (Scope scope = as(actor)) {
            return work.get();
        }
    }

    /** Does some work as this actor. */
    public static void run(Actor actor, Runnable work) {
        try (Scope scope = as(actor)) {
            work.run();
        }
    }

    /** The actor this thread acts as, if a scope is open. */
    public static Optional<Actor> current() {
        return Optional.ofNullable(ACTING.get());
    }

    /** An open scope of {@link #as(Actor)}; closing it restores whoever acted before. */
    public static final class Scope implements AutoCloseable {

        private final Actor previous;
        private final Actor previousCommandActor;
        private boolean closed;

        private Scope(Actor previous, Actor previousCommandActor) {
            this.previous = previous;
            this.previousCommandActor = previousCommandActor;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (previous == null) {
                ACTING.remove();
            } else {
                ACTING.set(previous);
            }
            if (previousCommandActor == null) {
                CommandActor.clear();
            } else {
                CommandActor.bind(previousCommandActor);
            }
        }
    }
}
