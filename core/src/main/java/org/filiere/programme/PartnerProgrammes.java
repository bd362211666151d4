package org.filiere.programme;

import java.util.List;
import java.util.Optional;

import org.filiere.kernel.NotFoundException;
import org.filiere.member.MemberId;

/** The programmes run with partner organisations. */
public interface PartnerProgrammes {

    /**
     * Stores a new programme or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if the programme was changed since it was read
     */
    void save(PartnerProgramme programme);

    Optional<PartnerProgramme> find(PartnerProgrammeId id);

    /** The programme with this id. */
    default PartnerProgramme get(PartnerProgrammeId id) {
        return find(id).orElseThrow(() -> new NotFoundException("partner programme " + id));
    }

    /** Every programme, by start date. */
    List<PartnerProgramme> all();

    /** The programmes a member applied to, by start date. */
    List<PartnerProgramme> withEnrollmentOf(MemberId memberId);
}
