package org.filiere.demo.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The sample files shipped with the demo (see the NOTICE beside each). */
public final class DemoResources {

    private DemoResources() {
    }

    /** A resource of the demo, as bytes. */
    public static byte[] bytes(String path) {
        try (InputStream in = DemoResources.class.getResourceAsStream("/org/filiere/demo/" + path)) {
            if (in == null) {
                throw new IllegalStateException("The demo's sample file " + path + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The demo's sample file " + path + " cannot be read", e);
        }
    }
}
