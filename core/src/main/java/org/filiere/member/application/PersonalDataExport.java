package org.filiere.member.application;

import java.time.Instant;
import java.util.List;

import org.filiere.member.ContactPerson;
import org.filiere.member.MemberId;

/**
 * The personal data held about a member's contact persons, as of a moment.
 *
 * @param memberId   the member
 * @param exportedAt when the export was made
 * @param contacts   every contact person with every field held
 */
public record PersonalDataExport(MemberId memberId, Instant exportedAt, List<ContactPerson> contacts) {
}
