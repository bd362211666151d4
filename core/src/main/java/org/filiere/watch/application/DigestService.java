package org.filiere.watch.application;

import static org.filiere.access.AccessPolicy.requireStaff;
import static org.filiere.access.AccessPolicy.requireStaffOrRepresentativeOf;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.application.BindsCurrentActor;
import org.filiere.kernel.DomainEvents;
import org.filiere.kernel.NotFoundException;
import org.filiere.member.MemberId;
import org.filiere.privacy.ConsentPurpose;
import org.filiere.privacy.Consents;
import org.filiere.watch.Digest;
import org.filiere.watch.DigestEntry;
import org.filiere.watch.DigestMailer;
import org.filiere.watch.DigestSent;
import org.filiere.watch.Digests;
import org.filiere.watch.NoRepeatPolicy;
import org.filiere.watch.Tender;
import org.filiere.watch.TenderId;
import org.filiere.watch.TenderMatch;
import org.filiere.watch.TenderMatcher;
import org.filiere.watch.Tenders;
import org.filiere.watch.WatchProfile;
import org.filiere.watch.WatchProfiles;
import org.filiere.watch.WatchWeek;
import org.filiere.watch.application.WatchCommands.ComposeWeeklyDigests;
import org.filiere.watch.application.WatchCommands.SendDigest;

/**
 * The weekly digests: each member gets one digest of the week's tenders that match its profile and that it was not
 * sent before; members without such tenders get none.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class DigestService {

    private final Tenders tenders;
    private final WatchProfiles profiles;
    private final Digests digests;
    private final Supplier<TenderMatcher> matcher;
    private final Supplier<DigestMailer> mailer;
    private final Consents consents;
    private final DomainEvents events;
    private final Clock clock;

    /**
     * The service with its matching engine and mailer given directly.
     */
    public DigestService(Tenders tenders, WatchProfiles profiles, Digests digests, TenderMatcher matcher,
            DigestMailer mailer, Consents consents, DomainEvents events, Clock clock) {
        this(tenders, profiles, digests, () -> matcher, () -> mailer, consents, events, clock);
    }

    /**
     * The service in a CDI container. The matching engine and the mailer come from modules core does not know
     * (filiere-matching, filiere-tenders); they are looked up when first needed, so that an application without
     * them still starts, and is told what is missing if it composes or sends digests.
     */
    @Inject
    public DigestService(Tenders tenders, WatchProfiles profiles, Digests digests, Instance<TenderMatcher> matcher,
            Instance<DigestMailer> mailer, Consents consents, DomainEvents events, Clock clock) {
        this(tenders, profiles, digests, () -> installed(matcher, "matching engine (TenderMatcher)", "filiere-matching"),
                () -> installed(mailer, "digest mailer (DigestMailer)", "filiere-tenders"), consents, events, clock);
    }

    private DigestService(Tenders tenders, WatchProfiles profiles, Digests digests, Supplier<TenderMatcher> matcher,
            Supplier<DigestMailer> mailer, Consents consents, DomainEvents events, Clock clock) {
        this.tenders = tenders;
        this.profiles = profiles;
        this.digests = digests;
        this.matcher = matcher;
        this.mailer = mailer;
        this.consents = consents;
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected DigestService() {
        this(null, null, null, (Supplier<TenderMatcher>) null, null, null, null, null);
    }

    private static <T> T installed(Instance<T> instance, String what, String module) {
        if (instance.isUnsatisfied()) {
            throw new IllegalStateException("No " + what + " is installed: put " + module + " on the classpath");
        }
        return instance.get();
    }

    /**
     * Composes the digests of a week: the tenders first received that week, still open, matched against every
     * active profile; a member never gets a tender it was sent before. Composing again later in the week gives
     * digests of the tenders that came in since, to the members they concern, and nothing to the others. A digest
     * goes to the profile's recipients who consent to the tender digests; a member none of whose recipients does gets
     * none.
     *
     * @return the digests composed, in SIREN order
     */
    public List<Digest> compose(ComposeWeeklyDigests c) {
        requireStaff(c.actor(), "compose the weekly digests");
        digests.holdComposition();
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        List<Tender> open = tenders.receivedBetween(c.week().start(zone), c.week().end(zone)).stream()
                .filter(t -> t.isOpenAt(now)).toList();
        List<WatchProfile> watching = profiles.active();
        if (open.isEmpty() || watching.isEmpty()) {
            return List.of();
        }
        Map<TenderId, Tender> byId = open.stream().collect(Collectors.toMap(Tender::id, Function.identity()));
        Map<MemberId, List<TenderMatch>> byMember = new LinkedHashMap<>();
        for (TenderMatch match : matcher.get().match(watching, open)) {
            byMember.computeIfAbsent(match.memberId(), m -> new ArrayList<>()).add(match);
        }
        List<Digest> composed = new ArrayList<>();
        for (WatchProfile profile : watching) {
            List<TenderMatch> matches = byMember.getOrDefault(profile.memberId(), List.of());
            List<TenderMatch> fresh = NoRepeatPolicy.notYetDelivered(matches, digests.deliveredTo(profile.memberId()));
            if (fresh.isEmpty()) {
                continue;
            }
            List<DigestEntry> entries = fresh.stream().map(m -> DigestEntry.of(byId.get(m.tenderId()), m.reasons()))
                    .toList();
            List<String> recipients = profile.recipients().stream().filter(this::consents).toList();
            if (recipients.isEmpty()) {
                continue;
            }
            Digest.Composed digest = Digest.compose(profile.memberId(), c.week(), recipients, entries, clock);
            digests.save(digest.digest());
            events.publish(digest.event());
            composed.add(digest.digest());
        }
        return composed;
    }

    /**
     * Sends a composed digest to its recipients and records that it was sent. The digest is held while it is sent,
     * so that two staff members sending it at once send it once; if the mail server does not take it, nothing is
     * recorded and it stays unsent. It goes only to the recipients who still consent to the digests.
     *
     * @throws org.filiere.watch.DigestAlreadySentException if it was sent already
     * @throws org.filiere.watch.DigestNotSentException if the mail server did not take it
     * @throws org.filiere.watch.DigestWithoutConsentException if none of its recipients consents any more
     */
    public void send(SendDigest c) {
        requireStaff(c.actor(), "send a weekly digest");
        Digest digest = digests.claim(c.digestId())
                .orElseThrow(() -> new NotFoundException("digest " + c.digestId()));
        digest.keepRecipients(this::consents);
        DigestSent sent = digest.markSent(clock);
        mailer.get().send(digest);
        digests.save(digest);
        events.publish(sent);
    }

    private boolean consents(String recipient) {
        return consents.isGiven(ConsentPurpose.TENDER_DIGESTS, recipient);
    }

    /** The member's digests for a week, oldest first. */
    public List<Digest> digests(MemberId memberId, WatchWeek week) {
        requireStaffOrRepresentativeOf(memberId.value(), "see a member's tender digests");
        return digests.of(memberId, week);
    }

    /** Every digest composed for a week, in SIREN order. */
    public List<Digest> digestsOf(WatchWeek week) {
        requireStaff("see the week's tender digests");
        return digests.ofWeek(week);
    }

    /** The digests not sent yet, oldest first. */
    public List<Digest> unsent() {
        requireStaff("see unsent tender digests");
        return digests.unsent();
    }
}
