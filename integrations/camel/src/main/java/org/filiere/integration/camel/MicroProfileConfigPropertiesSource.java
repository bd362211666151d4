package org.filiere.integration.camel;

import org.apache.camel.Ordered;
import org.apache.camel.spi.PropertiesSource;
import org.eclipse.microprofile.config.Config;

/** Camel's {@code {{placeholders}}} resolved from MicroProfile Config, before any other source. */
final class MicroProfileConfigPropertiesSource implements PropertiesSource, Ordered {

    private final Config config;

    MicroProfileConfigPropertiesSource(Config config) {
        this.config = config;
    }

    @Override
    public String getName() {
        return "microprofile-config";
    }

    @Override
    public String getProperty(String name) {
        return config.getOptionalValue(name, String.class).orElse(null);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST;
    }
}
