package org.filiere.watch.application;

import static org.filiere.access.AccessPolicy.requireStaffOrRepresentativeOf;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.application.BindsCurrentActor;
import org.filiere.kernel.DomainEvents;
import org.filiere.member.InvalidIdentifierException;
import org.filiere.member.MemberId;
import org.filiere.member.Members;
import org.filiere.privacy.PersonalDataKind;
import org.filiere.privacy.application.ConsentService;
import org.filiere.privacy.application.ReadsPersonalData;
import org.filiere.watch.CpvCode;
import org.filiere.watch.CpvVocabulary;
import org.filiere.watch.Department;
import org.filiere.watch.InvalidCpvCodeException;
import org.filiere.watch.Region;
import org.filiere.watch.WatchCriteria;
import org.filiere.watch.WatchProfile;
import org.filiere.watch.WatchProfileChanged;
import org.filiere.watch.WatchProfileRefusedException;
import org.filiere.watch.WatchProfiles;
import org.filiere.watch.application.WatchCommands.SetWatchProfile;

/** Members' watch profiles: what each member watches for, and where its digests go. */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class WatchProfileService {

    private final WatchProfiles profiles;
    private final Members members;
    private final CpvVocabulary cpv;
    private final ConsentService consents;
    private final DomainEvents events;
    private final Clock clock;

    @Inject
    public WatchProfileService(WatchProfiles profiles, Members members, CpvVocabulary cpv, ConsentService consents,
            DomainEvents events, Clock clock) {
        this.profiles = profiles;
        this.members = members;
        this.cpv = cpv;
        this.consents = consents;
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected WatchProfileService() {
        this(null, null, null, null, null, null);
    }

    /**
     * Defines or replaces a member's profile. A recipient never asked before is recorded as consenting to the digests
     * through the profile; one who withdrew their consent gets none until they give it again.
     *
     * @throws WatchProfileRefusedException if a criterion cannot be accepted (unknown CPV code, department or
     *         region, no interest named, reversed value range, bad e-mail address)
     * @throws org.filiere.member.UnknownMemberException if the member is not known
     */
    public void setProfile(SetWatchProfile c) {
        requireStaffOrRepresentativeOf(c.actor(), c.memberId().value(), "set a member's watch profile");
        members.get(c.memberId());
        WatchCriteria criteria = new WatchCriteria(c.keywords(), c.phrases(), c.excludedWords(),
                cpvCodes(c.memberId(), c.cpvCodes()), departments(c.memberId(), c.departments()),
                regions(c.memberId(), c.regions()), c.minValue(), c.maxValue());
        Optional<WatchProfile> existing = profiles.find(c.memberId());
        WatchProfileChanged event;
        if (existing.isEmpty()) {
            WatchProfile.Defined defined = WatchProfile.define(c.memberId(), criteria, c.recipients(), c.active(),
                    clock);
            profiles.save(defined.profile());
            event = defined.event();
        } else {
            WatchProfile profile = existing.get();
            event = profile.redefine(criteria, c.recipients(), c.active(), clock);
            profiles.save(profile);
        }
        events.publish(event);
        for (String recipient : c.recipients()) {
            consents.nameDigestRecipient(c.actor(), c.memberId().value(), recipient);
        }
    }

    /** The member's profile, if it has one. */
    @ReadsPersonalData(PersonalDataKind.WATCH_RECIPIENTS)
    public Optional<WatchProfile> profile(MemberId memberId) {
        requireStaffOrRepresentativeOf(memberId.value(), "see a member's watch profile");
        return profiles.find(memberId);
    }

    private List<CpvCode> cpvCodes(MemberId memberId, List<String> written) {
        List<CpvCode> codes = new ArrayList<>();
        for (String raw : written) {
            try {
                codes.add(cpv.node(raw).code());
            } catch (InvalidCpvCodeException e) {
                throw new WatchProfileRefusedException(memberId, "CPV codes", e.getMessage());
            }
        }
        return codes;
    }

    private static Set<Department> departments(MemberId memberId, List<String> written) {
        Set<Department> departments = new LinkedHashSet<>();
        for (String raw : written) {
            try {
                departments.add(Department.parse(raw));
            } catch (InvalidIdentifierException e) {
                throw new WatchProfileRefusedException(memberId, "departments", e.getMessage());
            }
        }
        return departments;
    }

    private static Set<Region> regions(MemberId memberId, List<String> written) {
        Set<Region> regions = new LinkedHashSet<>();
        for (String raw : written) {
            regions.add(Region.find(raw).orElseThrow(() -> new WatchProfileRefusedException(memberId, "regions",
                    "\"" + raw + "\" is not a region of France (give its name or INSEE code, such as 84)")));
        }
        return regions;
    }
}
