package org.filiere.programme.application;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.filiere.programme.PartnerProgrammeId;

/**
 * A partner programme's figures.
 *
 * @param programmeId    the programme
 * @param title          its title
 * @param partner        the partner's name
 * @param startsOn       its first day
 * @param endsOn         its last day
 * @param places         its places
 * @param placesLeft     places not taken
 * @param applied        applications awaiting a decision
 * @param accepted       members accepted and not yet through
 * @param refused        applications refused
 * @param completed      members who went through it
 * @param refusalsByRule refused applications, by the rule that refused them, in the rules' alphabetical order
 */
public record ProgrammeFigures(PartnerProgrammeId programmeId, String title, String partner, LocalDate startsOn,
        LocalDate endsOn, int places, int placesLeft, long applied, long accepted, long refused, long completed,
        Map<String, Long> refusalsByRule) {

    public ProgrammeFigures {
        refusalsByRule = Collections.unmodifiableMap(new TreeMap<>(refusalsByRule));
    }
}
