package org.filiere.integration.camel;

import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.Route;
import org.apache.camel.spi.Policy;
import org.apache.camel.support.AsyncProcessorConverterHelper;
import org.apache.camel.support.processor.DelegateAsyncProcessor;
import org.filiere.access.Acting;
import org.filiere.access.Actor;

/**
 * Runs the steps of a route {@linkplain Acting acting} as one actor, for instance a batch job's system identity
 * ({@link Actor#system(String)}), so that the application services it calls check that actor. Each step runs acting
 * as the actor on the thread that runs it. The scope stays open until the steps are done, not only until the first
 * returns, since Camel may queue a step to run after the call that started it has returned; the routes it is given to
 * run their steps on one thread.
 */
public final class ActingPolicy implements Policy {

    private final Actor actor;

    public ActingPolicy(Actor actor) {
        this.actor = actor;
    }

    /** The actor the route's steps act as. */
    public Actor actor() {
        return actor;
    }

    @Override
    public void beforeWrap(Route route, NamedNode definition) {
        // nothing to prepare
    }

    @Override
    public Processor wrap(Route route, Processor processor) {
        AsyncProcessor inner = AsyncProcessorConverterHelper.convert(processor);
        return new DelegateAsyncProcessor(inner) {
            @Override
            public boolean process(Exchange exchange, AsyncCallback callback) {
                Acting.Scope scope = Acting.as(actor);
                Thread thread = Thread.currentThread();
                return super.process(exchange, doneSync -> {
                    if (Thread.currentThread() == thread) {
                        scope.close();
                    }
                    callback.done(doneSync);
                });
            }
        };
    }
}
