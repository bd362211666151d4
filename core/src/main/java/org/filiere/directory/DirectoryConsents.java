package org.filiere.directory;

import java.util.List;
import java.util.Optional;

import org.filiere.member.MemberId;

/** Members' consents to the public directory, wherever they are stored. */
public interface DirectoryConsents {

    /**
     * Stores a new consent or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if it changed since it was read
     */
    void save(DirectoryConsent consent);

    /** The member's consent, given or withdrawn, if it ever gave one. */
    Optional<DirectoryConsent> find(MemberId memberId);

    /** The consents in force (not withdrawn), in SIREN order. */
    List<DirectoryConsent> listed();
}
