package org.filiere.directory.application;

import java.util.List;
import java.util.Objects;

import org.filiere.access.Actor;
import org.filiere.directory.PartnerEventDetails;
import org.filiere.directory.PartnerListingDetails;
import org.filiere.directory.PartnerPersonDetails;
import org.filiere.directory.PartnerSource;
import org.filiere.member.MemberId;

/** The commands of the directories. */
public final class DirectoryCommands {

    private DirectoryCommands() {
    }

    /**
     * A member consents to be listed in the public directory, or changes what it offers there.
     *
     * @param actor    staff, or the member's representative
     * @param memberId the member
     * @param offer    what it offers, as the directory shows it
     */
    public record ConsentToDirectory(Actor actor, MemberId memberId, String offer) {
    }

    /**
     * A member withdraws its consent and leaves the public directory.
     *
     * @param actor    staff, or the member's representative
     * @param memberId the member
     */
    public record WithdrawFromDirectory(Actor actor, MemberId memberId) {
    }

    /**
     * What was read in one file (or answer) of a partner: its listings, events and contact cards, each with the
     * partner's own id. Every record in it was readable; records that were not went to the dead letters.
     *
     * @param source   the partner source
     * @param origin   the file name or web address, for the report
     * @param listings organisations of its directory
     * @param events   its events
     * @param people   its contact cards
     */
    public record ReceivePartnerData(PartnerSource source, String origin, List<Incoming<PartnerListingDetails>> listings,
            List<Incoming<PartnerEventDetails>> events, List<Incoming<PartnerPersonDetails>> people) {

        public ReceivePartnerData {
            Objects.requireNonNull(source, "source");
            origin = origin == null ? "" : origin;
            listings = List.copyOf(listings);
            events = List.copyOf(events);
            people = List.copyOf(people);
        }

        /** How many records it carries. */
        public int size() {
            return listings.size() + events.size() + people.size();
        }
    }

    /**
     * One record read from a partner, with the partner's own id of it.
     *
     * @param externalId the partner's id
     * @param details    what the record says
     * @param <D>        the kind of record
     */
    public record Incoming<D>(String externalId, D details) {

        public Incoming {
            Objects.requireNonNull(externalId, "externalId");
            Objects.requireNonNull(details, "details");
        }
    }
}
