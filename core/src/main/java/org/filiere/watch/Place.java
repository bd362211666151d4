package org.filiere.watch;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a tender is carried out, as far as the notice says.
 *
 * @param department the department, when known
 * @param postcode   the postcode, when given
 */
public record Place(Optional<Department> department, Optional<String> postcode) {

    public Place {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(postcode, "postcode");
    }

    /** A place the notice does not give. */
    public static Place unknown() {
        return new Place(Optional.empty(), Optional.empty());
    }

    /** A place known by its department only. */
    public static Place in(Department department) {
        return new Place(Optional.of(department), Optional.empty());
    }

    /** A place known by its postcode, from which the department follows. */
    public static Place atPostcode(String postcode) {
        return new Place(Optional.of(Department.ofPostcode(postcode)), Optional.of(postcode.strip()));
    }

    public boolean isKnown() {
        return department.isPresent();
    }

    @Override
    public String toString() {
        return postcode.map(p -> p + " (" + department.map(Department::code).orElse("?") + ")")
                .orElseGet(() -> department.map(d -> "department " + d.code()).orElse("place not given"));
    }
}
