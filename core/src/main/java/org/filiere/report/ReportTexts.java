package org.filiere.report;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A section's texts in the report's language. The bundle without suffix is French, the association's language;
 * other languages have their suffix ({@code _en}). The machine's own language never stands in for a missing one.
 */
final class ReportTexts {

    private final Optional<ResourceBundle> bundle;

    ReportTexts(String baseName, Locale locale, ClassLoader loader) {
        ResourceBundle found;
        try {
            found = ResourceBundle.getBundle(baseName, locale, loader,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            found = null;
        }
        this.bundle = Optional.ofNullable(found);
    }

    /** The text under this key, if the bundle has it. */
    Optional<String> text(String key) {
        return bundle.filter(b -> b.containsKey(key)).map(b -> b.getString(key));
    }

    /** The text under this key, or the fallback. */
    String text(String key, String fallback) {
        return text(key).orElse(fallback);
    }
}
