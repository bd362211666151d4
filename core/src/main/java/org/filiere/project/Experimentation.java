package org.filiere.project;

import java.time.LocalDate;

import org.filiere.kernel.TextLimit;

/**
 * Where and when a labelled project is tried out: a site or an event (a design biennial, a trade fair) and its
 * dates.
 *
 * @param siteOrEvent the site or event
 * @param from        the first day
 * @param to          the last day, not before the first
 */
public record Experimentation(String siteOrEvent, LocalDate from, LocalDate to) {

    public Experimentation {
        if (siteOrEvent == null || siteOrEvent.isBlank()) {
            throw new ProjectRefusedException("An experimentation needs the site or event where it takes place");
        }
        siteOrEvent = TextLimit.check("An experimentation", "site or event", siteOrEvent.strip(), TextLimit.SHORT);
        if (from == null || to == null) {
            throw new ProjectRefusedException("The experimentation at " + siteOrEvent
                    + " needs a first and a last day");
        }
        if (to.isBefore(from)) {
            throw new ProjectRefusedException("The experimentation at " + siteOrEvent + " cannot end on " + to
                    + ", before it starts on " + from);
        }
    }
}
