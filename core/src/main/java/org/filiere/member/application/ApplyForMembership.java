package org.filiere.member.application;

import java.util.Objects;

import org.filiere.access.Actor;
import org.filiere.member.Address;
import org.filiere.member.Dues;
import org.filiere.member.NafCode;
import org.filiere.member.Siret;
import org.filiere.member.SizeBand;

/**
 * Command: a company applies for membership for a year. Its SIREN is the head office SIRET's.
 *
 * @param actor          who records the application (staff, or the company's representative)
 * @param name           the company's name
 * @param activity       its NAF rev. 2 activity code, checked against the INSEE list
 * @param address        its head office address
 * @param sizeBand       its size
 * @param headOffice     its head office SIRET
 * @param year           the membership year applied for
 * @param dues           the dues for that year
 */
public record ApplyForMembership(Actor actor, String name, NafCode activity, Address address, SizeBand sizeBand,
        Siret headOffice, int year, Dues dues) {

    public ApplyForMembership {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(sizeBand, "sizeBand");
        Objects.requireNonNull(headOffice, "headOffice");
        Objects.requireNonNull(dues, "dues");
    }
}
