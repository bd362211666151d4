package org.filiere.watch.application;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.filiere.access.Actor;
import org.filiere.member.MemberId;
import org.filiere.watch.DigestId;
import org.filiere.watch.WatchWeek;

/** The commands of the market watch, each saying who acts. */
public final class WatchCommands {

    private WatchCommands() {
    }

    /**
     * Staff or a member's representative set the member's watch profile. CPV codes may be whole codes or their
     * first digits; regions may be named by INSEE code or name.
     *
     * @param actor         staff, or the member's representative
     * @param memberId      the member
     * @param keywords      words, each enough to match
     * @param phrases       phrases, each enough to match
     * @param excludedWords words that veto a tender
     * @param cpvCodes      CPV codes or prefixes
     * @param departments   department codes
     * @param regions       regions
     * @param minValue      the least estimated value, if any
     * @param maxValue      the greatest estimated value, if any
     * @param recipients    the e-mail addresses of the digests
     * @param active        whether the member wants digests
     */
    public record SetWatchProfile(Actor actor, MemberId memberId, List<String> keywords, List<String> phrases,
            List<String> excludedWords, List<String> cpvCodes, List<String> departments, List<String> regions,
            Optional<BigDecimal> minValue, Optional<BigDecimal> maxValue, List<String> recipients, boolean active) {
    }

    /**
     * Staff enter a private call for tender (one that reached the association by other means than a feed).
     *
     * @param actor       staff
     * @param reference   the association's reference for it
     * @param buyerName   the buyer
     * @param buyerSiret  the buyer's SIRET, if known
     * @param title       the title
     * @param description the description
     * @param cpvCodes    CPV codes, possibly none
     * @param postcode    the postcode of the place, if known
     * @param value       the estimated value in euros, if known
     * @param deadline    when bids are due, if known
     * @param url         where to read it, if anywhere
     */
    public record EnterPrivateTender(Actor actor, String reference, String buyerName, Optional<String> buyerSiret,
            String title, String description, List<String> cpvCodes, Optional<String> postcode,
            Optional<BigDecimal> value, Optional<Instant> deadline, Optional<URI> url) {
    }

    /**
     * Staff compose the members' digests of a week.
     *
     * @param actor staff
     * @param week  the week
     */
    public record ComposeWeeklyDigests(Actor actor, WatchWeek week) {
    }

    /**
     * Staff send a composed digest.
     *
     * @param actor    staff
     * @param digestId the digest
     */
    public record SendDigest(Actor actor, DigestId digestId) {
    }
}
