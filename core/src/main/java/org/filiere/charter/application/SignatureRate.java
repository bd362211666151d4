package org.filiere.charter.application;

import java.math.BigDecimal;

/**
 * How many active members have signed the charter version in force.
 *
 * @param year           the year of the active members counted
 * @param charterVersion the version in force, 0 when none is
 * @param activeMembers  members active (dues paid) that year
 * @param signatories    those of them holding a valid signature of the version in force
 * @param percent        signatories over active members, in percent with one decimal
 */
public record SignatureRate(int year, int charterVersion, long activeMembers, long signatories, BigDecimal percent) {
}
