package org.filiere.access;

/**
 * Who may do what. Each method is one rule and refuses with an {@link AccessRefusedException} that names the
 * action and who may do it; an actor it lets through becomes the {@link CommandActor} of this thread.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /** Staff (the director included) only. */
    public static void requireStaff(Actor actor, String action) {
        if (!actor.isStaff()) {
            throw new AccessRefusedException(actor, action, "staff");
        }
        CommandActor.bind(actor);
    }

    /** The director only. */
    public static void requireDirector(Actor actor, String action) {
        if (!actor.has(Role.DIRECTOR)) {
            throw new AccessRefusedException(actor, action, "the director");
        }
        CommandActor.bind(actor);
    }

    /** Staff, or a representative of the member with this SIREN. */
    public static void requireStaffOrRepresentativeOf(Actor actor, String siren, String action) {
        if (!actor.isStaff() && !actor.represents(siren)) {
            throw new AccessRefusedException(actor, action, "staff or a representative of member " + siren);
        }
        CommandActor.bind(actor);
    }

    /** A committee member, or staff. */
    public static void requireCommitteeOrStaff(Actor actor, String action) {
        if (!actor.isStaff() && !actor.has(Role.COMMITTEE_MEMBER)) {
            throw new AccessRefusedException(actor, action, "committee members or staff");
        }
        CommandActor.bind(actor);
    }
}
