package org.filiere.portal.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;

/** The portal's server-rendered pages: Pebble templates under {@code templates/}, escaped by default. */
@ApplicationScoped
public class Views {

    private final PebbleEngine engine;

    /** The engine over the portal's templates. */
    public Views() {
        ClasspathLoader loader = new ClasspathLoader(Views.class.getClassLoader());
        loader.setPrefix("templates/");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(false).build();
    }

    /** The page of this template with this model. */
    public String render(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, new HashMap<>(model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
