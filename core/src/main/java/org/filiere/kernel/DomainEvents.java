package org.filiere.kernel;

/**
 * Where application services hand the events their aggregates return. In a CDI container they become CDI
 * events; tests may record them.
 */
@FunctionalInterface
public interface DomainEvents {

    void publish(DomainEvent event);
}
