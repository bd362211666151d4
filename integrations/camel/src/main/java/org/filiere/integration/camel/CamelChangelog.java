package org.filiere.integration.camel;

import jakarta.enterprise.context.ApplicationScoped;

import org.filiere.persistence.SchemaChangelog;

/** The tables of idempotency and dead letters, added to the library's schema. */
@ApplicationScoped
public class CamelChangelog implements SchemaChangelog {

    @Override
    public String path() {
        return "db/changelog/camel.xml";
    }

    @Override
    public int order() {
        return 10;
    }
}
