package org.filiere.integration.partners;

import java.util.List;

import org.filiere.directory.PartnerEventDetails;
import org.filiere.directory.PartnerListingDetails;
import org.filiere.directory.PartnerPersonDetails;
import org.filiere.directory.application.DirectoryCommands.Incoming;

/**
 * What was read in a partner's file: its good records, by kind, and the records refused with their reason.
 *
 * @param format   the file's format
 * @param listings organisations
 * @param events   events
 * @param people   contact cards
 * @param refused  records that could not be taken in
 */
public record PartnerFile(PartnerFormat format, List<Incoming<PartnerListingDetails>> listings,
        List<Incoming<PartnerEventDetails>> events, List<Incoming<PartnerPersonDetails>> people,
        List<RefusedRecord> refused) {

    public PartnerFile {
        listings = List.copyOf(listings);
        events = List.copyOf(events);
        people = List.copyOf(people);
        refused = List.copyOf(refused);
    }
}
