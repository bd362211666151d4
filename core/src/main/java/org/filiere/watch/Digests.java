package org.filiere.watch;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.filiere.member.MemberId;

/** Members' weekly digests, wherever they are stored, and so which tenders each member was sent. */
public interface Digests {

    /**
     * Stores a new digest, or that a digest was sent.
     *
     * @throws org.filiere.kernel.StaleDataException if the digest changed since it was read, or if a new digest
     *         carries a tender the member already had in another digest
     */
    void save(Digest digest);

    /**
     * Holds the composing of digests for the current transaction: two staff members composing at once compose one
     * after the other, and the second finds the tenders the first delivered.
     */
    void holdComposition();

    /** The digest with this id, if there is one. */
    Optional<Digest> find(DigestId id);

    /**
     * The digest with this id, held for the current transaction so that nobody else sends it at the same time.
     */
    Optional<Digest> claim(DigestId id);

    /** The member's digests for a week, oldest first: none, one, or more if digests were composed again later. */
    List<Digest> of(MemberId memberId, WatchWeek week);

    /** The digests composed for a week, in SIREN order. */
    List<Digest> ofWeek(WatchWeek week);

    /** The digests not sent yet, oldest first. */
    List<Digest> unsent();

    /** Every tender the member had in a digest. */
    Set<TenderId> deliveredTo(MemberId memberId);

    /** The digests that name the address, whatever its case, among their recipients, oldest first. */
    List<Digest> namingRecipient(String email);
}
