package org.filiere.access;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;

import org.filiere.kernel.NotFoundException;

/**
 * Who may do what. Each method is one rule and refuses with an {@link AccessRefusedException} that names the
 * action and who may do it; an actor it lets through becomes the {@link CommandActor} of this thread.
 *
 * <p>Commands carry their actor; the rules without an actor parameter (reads) check whoever {@linkplain #acting()
 * acts} on this thread. A rule about a record's owner is checked before the record is loaded, or refuses a missing
 * record as it refuses someone else's, so that a refusal never tells whether a record exists.
 */
public final class AccessPolicy {

    private static final String OWNER = "staff or a representative of the member it concerns";

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

    /**
     * Whoever acts on this thread: the actor of the command being run, checked inside the current transaction, or
     * else the one the thread is {@link Acting} as.
     */
    public static Optional<Actor> acting() {
        return CommandActor.current().or(Acting::current);
    }

    /** Staff (the director included) only, acting on this thread. */
    public static void requireStaff(String action) {
        requireStaff(actingOrRefuse(action, "staff"), action);
    }

    /** The director only, acting on this thread. */
    public static void requireDirector(String action) {
        requireDirector(actingOrRefuse(action, "the director"), action);
    }

    /** A committee member or staff, acting on this thread. */
    public static void requireCommitteeOrStaff(String action) {
        requireCommitteeOrStaff(actingOrRefuse(action, "committee members or staff"), action);
    }

    /** Staff, or a representative of the member with this SIREN, acting on this thread. */
    public static void requireStaffOrRepresentativeOf(String siren, String action) {
        requireStaffOrRepresentativeOf(actingOrRefuse(action, "staff or a representative of member " + siren), siren,
                action);
    }

    /**
     * Staff, or a representative of the member a record belongs to. A record that does not exist (an empty owner)
     * is refused to a representative with the same words as someone else's, so that they learn nothing of it; staff
     * go on and learn it is missing.
     */
    public static void requireStaffOrOwner(Actor actor, Optional<String> ownerSiren, String action) {
        if (!actor.isStaff() && !ownerSiren.filter(actor::represents).isPresent()) {
            throw new AccessRefusedException(actor, action, OWNER);
        }
        CommandActor.bind(actor);
    }

    /** {@link #requireStaffOrOwner(Actor, Optional, String)} for whoever acts on this thread. */
    public static void requireStaffOrOwner(Optional<String> ownerSiren, String action) {
        requireStaffOrOwner(actingOrRefuse(action, OWNER), ownerSiren,
                action);
    }

    /**
     * Staff, or a committee member sitting on the panel of a session that has the proposal on its agenda. The caller
     * passes the ids of those panel members (none when the proposal or its session does not exist).
     */
    public static void requireStaffOrPanelOf(Collection<ActorId> panel, String action) {
        Actor actor = actingOrRefuse(action, "staff or the committee members the proposal is put to");
        if (!actor.isStaff() && !(actor.has(Role.COMMITTEE_MEMBER) && panel.stream().anyMatch(actor::is))) {
            throw new AccessRefusedException(actor, action, "staff or the committee members the proposal is put to");
        }
        CommandActor.bind(actor);
    }

    /**
     * Runs a command on a record that someone other than staff may only touch if it is their member's: when the
     * record (or a record inside it) does not exist, they are refused with the words of
     * {@link #requireStaffOrOwner(Actor, Optional, String)}, as for someone else's record; staff learn it is missing.
     */
    public static <T> T onOwnRecord(Actor actor, String action, Supplier<T> command) {
        try {
            return command.get();
        } catch (NotFoundException e) {
            if (actor.isStaff()) {
                throw e;
            }
            throw new AccessRefusedException(actor, action, OWNER);
        }
    }

    /** {@link #onOwnRecord(Actor, String, Supplier)} for a command that returns nothing. */
    public static void onOwnRecord(Actor actor, String action, Runnable command) {
        onOwnRecord(actor, action, () -> {
            command.run();
            return null;
        });
    }

    private static Actor actingOrRefuse(String action, String whoMay) {
        return acting().orElseThrow(() -> new AccessRefusedException(action, whoMay));
    }
}
