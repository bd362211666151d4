package org.filiere.report;

import java.util.List;
import java.util.Optional;

import org.filiere.kernel.NotFoundException;

/** The indicator targets funders' agreements set, wherever they are stored. */
public interface IndicatorTargets {

    /**
     * Stores a new target or the changes to one.
     *
     * @throws org.filiere.kernel.StaleDataException if the target was changed since it was read
     * @throws IndicatorTargetRefusedException if the funder already has a target on that figure for that year
     */
    void save(IndicatorTarget target);

    Optional<IndicatorTarget> find(IndicatorTargetId id);

    /** The target with this id. */
    default IndicatorTarget get(IndicatorTargetId id) {
        return find(id).orElseThrow(() -> new NotFoundException("indicator target " + id));
    }

    /** A year's targets, by funder and figure. */
    List<IndicatorTarget> ofYear(int year);

    /**
     * Removes a target.
     *
     * @throws org.filiere.kernel.StaleDataException if the target was changed since it was read
     */
    void remove(IndicatorTarget target);
}
