package org.filiere.programme;

import java.util.List;
import java.util.Optional;

import org.filiere.kernel.NotFoundException;

/** Cooperation agreements with partner organisations. */
public interface CooperationAgreements {

    /**
     * Stores a new agreement or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if the agreement was changed since it was read
     */
    void save(CooperationAgreement agreement);

    Optional<CooperationAgreement> find(AgreementId id);

    /** The agreement with this id. */
    default CooperationAgreement get(AgreementId id) {
        return find(id).orElseThrow(() -> new NotFoundException("cooperation agreement " + id));
    }

    /** A partner's agreements, by start date. */
    List<CooperationAgreement> ofPartner(PartnerId partnerId);

    /** Every agreement, by start date. */
    List<CooperationAgreement> all();
}
