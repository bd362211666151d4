package org.filiere.project;

import java.util.Objects;
import java.util.Optional;

import org.filiere.access.ActorId;
import org.filiere.kernel.TextLimit;
import org.filiere.member.MemberId;

/**
 * A person on the labelling committee. Whom they work for matters for conflicts of interest: a member
 * representative works for a member; an outside expert works for an organisation, which may itself be a member.
 *
 * @param id           identity
 * @param name         full name
 * @param kind         staff, member representative or outside expert
 * @param employer     the member they work for, if they work for one
 * @param organisation the organisation they come from, as shown to people
 * @param active       whether they still sit on the committee
 * @param version      the stored version, for optimistic locking (0 until stored)
 */
public record CommitteeMember(CommitteeMemberId id, String name, CommitteeMemberKind kind, Optional<MemberId> employer,
        String organisation, boolean active, long version) {

    public CommitteeMember {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            throw new ProjectRefusedException("A committee member needs a name");
        }
        name = TextLimit.check("A committee member", "name", name.strip(), TextLimit.SHORT);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(employer, "employer");
        organisation = TextLimit.check("Committee member " + name, "organisation", organisation == null ? ""
                : organisation.strip(), TextLimit.SHORT);
        if (kind == CommitteeMemberKind.MEMBER_REPRESENTATIVE && employer.isEmpty()) {
            throw new ProjectRefusedException("Committee member " + name
                    + " is a member representative: the member they work for is needed");
        }
        if (kind == CommitteeMemberKind.OUTSIDE_EXPERT && organisation.isEmpty()) {
            throw new ProjectRefusedException("Committee member " + name
                    + " is an outside expert: the organisation they come from is needed");
        }
        if (kind == CommitteeMemberKind.STAFF && employer.isPresent()) {
            throw new ProjectRefusedException("Committee member " + name
                    + " is staff of the association and cannot also work for member " + employer.get());
        }
    }

    /** The identity this committee member acts under: their committee member id. */
    public ActorId actorId() {
        return ActorId.of(id.value().toString());
    }

    /** A committee member appointed today, not yet stored. */
    public static CommitteeMember appoint(String name, CommitteeMemberKind kind, Optional<MemberId> employer,
            String organisation) {
        return new CommitteeMember(CommitteeMemberId.random(), name, kind, employer, organisation, true, 0);
    }

    /** The same person, no longer sitting on the committee. */
    public CommitteeMember retired() {
        return new CommitteeMember(id, name, kind, employer, organisation, false, version);
    }
}
