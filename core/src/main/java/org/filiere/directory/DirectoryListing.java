package org.filiere.directory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.filiere.member.Address;
import org.filiere.member.MemberId;
import org.filiere.member.NafActivity;
import org.filiere.member.Siret;

/**
 * One member as the public directory shows it: only what a company publishes about itself, and only for a member
 * that consented.
 *
 * @param memberId    the member (its SIREN)
 * @param name        its name
 * @param headOffice  the SIRET of its head office, if known
 * @param activity    its NAF code and title
 * @param sector      the name of its sector family
 * @param address     its head office address
 * @param offer       what it offers
 * @param consentedAt when it consented to be listed
 */
public record DirectoryListing(MemberId memberId, String name, Optional<Siret> headOffice, NafActivity activity,
        String sector, Address address, String offer, Instant consentedAt) {

    public DirectoryListing {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(headOffice, "headOffice");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(address, "address");
        sector = sector == null ? "" : sector;
        offer = offer == null ? "" : offer;
        Objects.requireNonNull(consentedAt, "consentedAt");
    }
}
