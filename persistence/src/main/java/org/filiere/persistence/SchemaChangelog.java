package org.filiere.persistence;

/**
 * A Liquibase changelog that a module adds to the library's schema. A module whose tables the persistence module
 * does not own (an integration's idempotency or dead-letter tables, say) declares its changelog as a CDI bean of
 * this type; changelogs run after the library's own, in {@link #order()}.
 */
public interface SchemaChangelog {

    /** The changelog's classpath location, such as {@code db/changelog/camel.xml}; unique across modules. */
    String path();

    /** Lower runs first. */
    default int order() {
        return 100;
    }
}
