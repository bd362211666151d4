package org.filiere.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.filiere.kernel.InvalidFieldException;

/**
 * The person who issues a command: a stable id for who they are, a name for what people read, roles for what they
 * may do and, for a member representative, the SIREN of the member they speak for. Checks that concern the person
 * themselves ("their own scores") compare ids, never names.
 *
 * @param id           who the person is, as the embedding application authenticated them
 * @param name         the person's name, for display
 * @param roles        what they are
 * @param representing the nine-digit SIREN of the member they represent, if any
 */
public record Actor(ActorId id, String name, Set<Role> roles, Optional<String> representing) {

    public Actor {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("An actor", "name", "is missing");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        Objects.requireNonNull(representing, "representing");
    }

    /**
     * The library itself, acting for a scheduled or batch job (imports, retention, digests) with the staff's rights,
     * under an id of its own so that what it does is not put down to a person.
     *
     * @param job what runs, for instance {@code "training-import"}; the id is {@code system:<job>}
     */
    public static Actor system(String job) {
        return new Actor(ActorId.of("system:" + job), "Filière (" + job + ")", Set.of(Role.STAFF), Optional.empty());
    }

    /** A member of staff with this account id. */
    public static Actor staff(String id, String name) {
        return new Actor(ActorId.of(id), name, Set.of(Role.STAFF), Optional.empty());
    }

    /** The director, with this account id. */
    public static Actor director(String id, String name) {
        return new Actor(ActorId.of(id), name, Set.of(Role.DIRECTOR), Optional.empty());
    }

    /** A representative, with this account id, of the member with the given SIREN. */
    public static Actor representativeOf(String siren, String id, String name) {
        return new Actor(ActorId.of(id), name, Set.of(Role.MEMBER_REPRESENTATIVE), Optional.of(siren));
    }

    /**
     * A labelling committee member, acting under their committee member id (the identity the committee's records
     * know them by).
     */
    public static Actor committeeMember(String id, String name) {
        return new Actor(ActorId.of(id), name, Set.of(Role.COMMITTEE_MEMBER), Optional.empty());
    }

    /** Whether this actor has the staff's rights. */
    public boolean isStaff() {
        return roles.stream().anyMatch(Role::isStaff);
    }

    /** Whether this actor is a job of the library or of an integration ({@link #system(String)}), not a person. */
    public boolean isSystem() {
        return id.value().startsWith("system:");
    }

    /** Whether this actor has the given role. */
    public boolean has(Role role) {
        return roles.contains(role) || (role == Role.STAFF && isStaff());
    }

    /** Whether this actor speaks for the member with the given SIREN. */
    public boolean represents(String siren) {
        return roles.contains(Role.MEMBER_REPRESENTATIVE) && representing.filter(siren::equals).isPresent();
    }

    /** Whether this actor is the person with this id. */
    public boolean is(ActorId other) {
        return id.equals(other);
    }

    @Override
    public String toString() {
        return name + " (" + id + ") " + roles;
    }
}
