package org.filiere.privacy.application;

import static org.filiere.access.AccessPolicy.requireStaff;
import static org.filiere.access.AccessPolicy.requireStaffOrRepresentativeOf;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.Actor;
import org.filiere.access.application.BindsCurrentActor;
import org.filiere.kernel.DomainEvents;
import org.filiere.kernel.InvalidFieldException;
import org.filiere.privacy.ConsentChange;
import org.filiere.privacy.ConsentMeans;
import org.filiere.privacy.ConsentPurpose;
import org.filiere.privacy.Consents;
import org.filiere.privacy.PersonalDataKind;

/**
 * Consents for every purpose (tender digests, the technology letter, the public directory): given and withdrawn with
 * their date, who recorded them and how, and their whole history kept. Staff record a person's consent; a member's
 * representative records the member's own directory consent; anyone holding an address may withdraw its consent (an
 * unsubscribe link). Each change is published as an event, and so reaches the audit trail, without the address.
 */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class ConsentService {

    private final Consents consents;
    private final DomainEvents events;
    private final Clock clock;

    @Inject
    public ConsentService(Consents consents, DomainEvents events, Clock clock) {
        this.consents = consents;
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected ConsentService() {
        this(null, null, null);
    }

    /**
     * Records a consent given now. Giving again a consent in force changes nothing.
     *
     * @return the change recorded, or the one in force
     */
    public ConsentChange give(Actor actor, ConsentPurpose purpose, String holder, ConsentMeans means) {
        requireMayRecord(actor, purpose, holder, "record a consent");
        String key = ConsentChange.holderOf(purpose, holder);
        Optional<ConsentChange> latest = consents.latest(purpose, key).filter(ConsentChange::given);
        if (latest.isPresent()) {
            return latest.get();
        }
        return record(ConsentChange.giving(purpose, key, Optional.of(actor), means, clock));
    }

    /**
     * Records a consent withdrawn now, by someone signed in.
     *
     * @return the change recorded, or none when no consent was in force
     */
    public Optional<ConsentChange> withdraw(Actor actor, ConsentPurpose purpose, String holder, ConsentMeans means) {
        requireMayRecord(actor, purpose, holder, "record the withdrawal of a consent");
        return withdrawal(purpose, holder, Optional.of(actor), means);
    }

    /**
     * The person with this address withdraws their consent through an unsubscribe link: public, as anyone holding the
     * address may stop what is sent to it; the answer does not say whether a consent was in force.
     *
     * @throws InvalidFieldException when the purpose is a member's consent, which no unsubscribe link withdraws
     */
    public void unsubscribe(ConsentPurpose purpose, String email) {
        requireStaff("record that a person unsubscribed");
        if (purpose.heldByMember()) {
            throw new InvalidFieldException("An unsubscription", "purpose",
                    "is " + purpose + ", a member's consent, withdrawn by the member's representative");
        }
        withdrawal(purpose, email, Optional.empty(), ConsentMeans.UNSUBSCRIBE_LINK);
    }

    /**
     * A member's representative or staff name a person as a recipient of the member's tender digests: a person never
     * asked before is taken to consent, as given through the member's profile; one who withdrew stays withdrawn
     * until their own consent is recorded again.
     *
     * @return whether the digests may go to the person
     */
    public boolean nameDigestRecipient(Actor actor, String siren, String email) {
        requireStaffOrRepresentativeOf(actor, siren, "name a recipient of a member's tender digests");
        String key = ConsentChange.holderOf(ConsentPurpose.TENDER_DIGESTS, email);
        Optional<ConsentChange> latest = consents.latest(ConsentPurpose.TENDER_DIGESTS, key);
        if (latest.isEmpty()) {
            record(ConsentChange.giving(ConsentPurpose.TENDER_DIGESTS, key, Optional.of(actor),
                    ConsentMeans.MEMBER_PROFILE, clock));
            return true;
        }
        return latest.get().given();
    }

    /** Whether the holder's consent for this purpose is in force. */
    public boolean isGiven(Actor actor, ConsentPurpose purpose, String holder) {
        requireMayRecord(actor, purpose, holder, "read a consent");
        return consents.isGiven(purpose, holder);
    }

    /** Every change of the holder's consents, for every purpose, oldest first. */
    @ReadsPersonalData(PersonalDataKind.CONSENTS)
    public List<ConsentChange> history(Actor actor, String holder) {
        String key = holder == null ? "" : holder.strip().toLowerCase(Locale.ROOT);
        if (key.matches("\\d{9}")) {
            requireStaffOrRepresentativeOf(actor, key, "read a member's consents");
        } else {
            requireStaff(actor, "read a person's consents");
        }
        return consents.historyOf(key);
    }

    /**
     * Replaces the person's address in the history of their consents by a reference that names no one, keeping the
     * changes and so the counts; staff only.
     *
     * @return how many changes were anonymised
     */
    public int anonymise(Actor actor, String email) {
        requireStaff(actor, "anonymise a person's consents");
        String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return consents.anonymise(key, ConsentPersonalData.ERASED + UUID.randomUUID());
    }

    /** How many consents of the purpose were given, and withdrawn, over the whole history (erased people included). */
    public ConsentCounts counts(Actor actor, ConsentPurpose purpose) {
        requireStaff(actor, "count consents");
        return new ConsentCounts(purpose, consents.count(purpose, true), consents.count(purpose, false));
    }

    /**
     * The counts of a purpose's consent changes.
     *
     * @param purpose   the purpose
     * @param given     how many givings
     * @param withdrawn how many withdrawals
     */
    public record ConsentCounts(ConsentPurpose purpose, long given, long withdrawn) {
    }

    private Optional<ConsentChange> withdrawal(ConsentPurpose purpose, String holder, Optional<Actor> actor,
            ConsentMeans means) {
        String key = ConsentChange.holderOf(purpose, holder);
        if (!consents.isGiven(purpose, key)) {
            return Optional.empty();
        }
        return Optional.of(record(ConsentChange.withdrawal(purpose, key, actor, means, clock)));
    }

    private ConsentChange record(ConsentChange change) {
        consents.append(change);
        events.publish(change.event());
        return change;
    }

    private static void requireMayRecord(Actor actor, ConsentPurpose purpose, String holder, String action) {
        if (purpose.heldByMember()) {
            requireStaffOrRepresentativeOf(actor, ConsentChange.holderOf(purpose, holder), action);
        } else {
            requireStaff(actor, action);
        }
    }
}
