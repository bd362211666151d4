package org.filiere.member;

/**
 * One sub-class of the NAF rev. 2 nomenclature with its official title.
 *
 * @param code  the code
 * @param label the INSEE title, in French
 */
public record NafActivity(NafCode code, String label) {
}
