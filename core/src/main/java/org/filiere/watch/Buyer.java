package org.filiere.watch;

import java.util.Objects;
import java.util.Optional;

import org.filiere.member.Siret;

/**
 * The public or private body that buys.
 *
 * @param name  its name, when the notice gives one
 * @param siret its establishment number, when the notice gives a valid one
 */
public record Buyer(Optional<String> name, Optional<Siret> siret) {

    public Buyer {
        Objects.requireNonNull(siret, "siret");
        name = name.map(String::strip).filter(n -> !n.isEmpty());
    }

    /** A buyer known by name only. */
    public static Buyer named(String name) {
        return new Buyer(Optional.ofNullable(name), Optional.empty());
    }

    /** How a staff member would name it: its name, else its SIRET, else "buyer not given". */
    public String displayName() {
        return name.orElseGet(() -> siret.map(s -> "SIRET " + s.formatted()).orElse("buyer not given"));
    }

    @Override
    public String toString() {
        return displayName();
    }
}
