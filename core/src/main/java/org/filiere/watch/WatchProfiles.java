package org.filiere.watch;

import java.util.List;
import java.util.Optional;

import org.filiere.member.MemberId;

/** Members' watch profiles, wherever they are stored. */
public interface WatchProfiles {

    /** The member's profile, if it has one. */
    Optional<WatchProfile> find(MemberId memberId);

    /**
     * Stores a new profile or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if the profile was changed since it was read
     */
    void save(WatchProfile profile);

    /** Every active profile, in SIREN order. */
    List<WatchProfile> active();

    /** The profiles naming the address, whatever its case, among their recipients, in SIREN order. */
    List<WatchProfile> namingRecipient(String email);
}
