package org.filiere.directory.application;

import static org.filiere.access.AccessPolicy.requireStaffOrRepresentativeOf;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.PublicRead;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.directory.DirectoryConsent;
import org.filiere.directory.DirectoryConsents;
import org.filiere.directory.DirectoryListing;
import org.filiere.directory.DirectoryRefusedException;
import org.filiere.directory.application.DirectoryCommands.ConsentToDirectory;
import org.filiere.directory.application.DirectoryCommands.WithdrawFromDirectory;
import org.filiere.kernel.DomainEvents;
import org.filiere.member.Establishment;
import org.filiere.member.Member;
import org.filiere.member.MemberId;
import org.filiere.member.Members;
import org.filiere.member.NafActivity;
import org.filiere.member.NafNomenclature;
import org.filiere.member.SectorFamilies;
import org.filiere.privacy.ConsentMeans;
import org.filiere.privacy.ConsentPurpose;
import org.filiere.privacy.application.ConsentService;

/**
 * The association's public directory: the members that consented to be listed, with what they offer. A member is
 * listed from its consent until it withdraws it, while it is a member in the current year.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class DirectoryService {

    private final DirectoryConsents consents;
    private final Members members;
    private final NafNomenclature naf;
    private final SectorFamilies sectors;
    private final ConsentService history;
    private final DomainEvents events;
    private final Clock clock;

    @Inject
    public DirectoryService(DirectoryConsents consents, Members members, NafNomenclature naf, SectorFamilies sectors,
            ConsentService history, DomainEvents events, Clock clock) {
        this.consents = consents;
        this.history = history;
        this.members = members;
        this.naf = naf;
        this.sectors = sectors;
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected DirectoryService() {
        this(null, null, null, null, null, null, null);
    }

    /**
     * Records the member's consent to be listed, dated now, or changes what it offers while it is listed.
     *
     * @throws org.filiere.member.UnknownMemberException if the member is not known
     * @throws org.filiere.kernel.InvalidFieldException if the offer is too long
     */
    public void consent(ConsentToDirectory c) {
        requireStaffOrRepresentativeOf(c.actor(), c.memberId().value(), "list a member in the directory");
        members.get(c.memberId());
        Optional<DirectoryConsent> existing = consents.find(c.memberId());
        if (existing.isEmpty()) {
            DirectoryConsent.Given given = DirectoryConsent.give(c.memberId(), c.offer(), c.actor().name(), clock);
            consents.save(given.consent());
            events.publish(given.event());
            history.give(c.actor(), ConsentPurpose.PUBLIC_DIRECTORY, c.memberId().value(), means(c.actor()));
            return;
        }
        DirectoryConsent consent = existing.get();
        var listed = consent.renew(c.offer(), c.actor().name(), clock);
        consents.save(consent);
        listed.ifPresent(events::publish);
        if (listed.isPresent()) {
            history.give(c.actor(), ConsentPurpose.PUBLIC_DIRECTORY, c.memberId().value(), means(c.actor()));
        }
    }

    private static ConsentMeans means(Actor actor) {
        return actor.isStaff() ? ConsentMeans.RECORDED_BY_STAFF : ConsentMeans.MEMBER_REPRESENTATIVE;
    }

    /**
     * Withdraws the member's consent: it leaves the directory at once.
     *
     * @throws DirectoryRefusedException if it never consented or already withdrew
     */
    public void withdraw(WithdrawFromDirectory c) {
        requireStaffOrRepresentativeOf(c.actor(), c.memberId().value(), "withdraw a member from the directory");
        DirectoryConsent consent = consents.find(c.memberId()).orElseThrow(() -> new DirectoryRefusedException(
                "Member " + c.memberId() + " never consented to be listed in the directory; there is nothing to withdraw."));
        var withdrawn = consent.withdraw(clock);
        consents.save(consent);
        events.publish(withdrawn);
        history.withdraw(c.actor(), ConsentPurpose.PUBLIC_DIRECTORY, c.memberId().value(), means(c.actor()));
    }

    /** The member's consent, given or withdrawn, if it ever gave one. */
    public Optional<DirectoryConsent> consentOf(MemberId memberId) {
        requireStaffOrRepresentativeOf(memberId.value(), "see a member's directory consent");
        return consents.find(memberId);
    }

    /** The directory as published today: listed members that are members this year, by name. */
    @PublicRead
    public List<DirectoryListing> listings() {
        int year = LocalDate.now(clock).getYear();
        List<DirectoryListing> listings = new ArrayList<>();
        for (DirectoryConsent consent : consents.listed()) {
            Optional<Member> member = members.find(consent.memberId()).filter(m -> m.isMemberIn(year));
            member.ifPresent(m -> listings.add(listing(m, consent)));
        }
        listings.sort(java.util.Comparator.comparing(DirectoryListing::name).thenComparing(l -> l.memberId().value()));
        return listings;
    }

    private DirectoryListing listing(Member m, DirectoryConsent consent) {
        NafActivity activity = naf.find(m.activity()).orElse(new NafActivity(m.activity(), ""));
        return new DirectoryListing(m.id(), m.name(), m.headOffice().map(Establishment::siret), activity,
                sectors.familyOf(m.activity()).label(), m.address(), consent.offer(), consent.consentedAt());
    }
}
