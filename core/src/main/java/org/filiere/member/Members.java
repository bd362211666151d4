package org.filiere.member;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/** The association's members, wherever they are stored. */
public interface Members {

    /** The member with this SIREN, if there is one. */
    Optional<Member> find(MemberId id);

    /** The member with this SIREN. */
    default Member get(MemberId id) {
        return find(id).orElseThrow(() -> new UnknownMemberException(id));
    }

    /**
     * Stores a new member or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if the member was changed since it was read
     * @throws MemberAlreadyExistsException if a new member's SIREN is already taken
     */
    void save(Member member);

    /** The members that match, in SIREN order. */
    List<Member> find(MemberQuery query);

    /** How many companies were members (admitted or active) each year, by year. */
    SortedMap<Integer, Long> memberCountsByYear();
}
