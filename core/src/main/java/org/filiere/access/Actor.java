package org.filiere.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The person who issues a command: a name for the record, roles for what they may do and, for a member
 * representative, the SIREN of the member they speak for.
 *
 * @param name         the person's name, kept in what they do
 * @param roles        what they are
 * @param representing the nine-digit SIREN of the member they represent, if any
 */
public record Actor(String name, Set<Role> roles, Optional<String> representing) {

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An actor needs a name");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        Objects.requireNonNull(representing, "representing");
    }

    /** A member of staff. */
    public static Actor staff(String name) {
        return new Actor(name, Set.of(Role.STAFF), Optional.empty());
    }

    /** The director. */
    public static Actor director(String name) {
        return new Actor(name, Set.of(Role.DIRECTOR), Optional.empty());
    }

    /** A representative of the member with the given SIREN. */
    public static Actor representativeOf(String siren, String name) {
        return new Actor(name, Set.of(Role.MEMBER_REPRESENTATIVE), Optional.of(siren));
    }

    /** A labelling committee member. */
    public static Actor committeeMember(String name) {
        return new Actor(name, Set.of(Role.COMMITTEE_MEMBER), Optional.empty());
    }

    /** Whether this actor has the staff's rights. */
    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    /** Whether this actor has the given role. */
    public boolean has(Role role) {
        return roles.contains(role) || (role == Role.STAFF && isStaff());
    }

    /** Whether this actor speaks for the member with the given SIREN. */
    public boolean represents(String siren) {
        return roles.contains(Role.MEMBER_REPRESENTATIVE) && representing.filter(siren::equals).isPresent();
    }

    @Override
    public String toString() {
        return name + " " + roles;
    }
}
