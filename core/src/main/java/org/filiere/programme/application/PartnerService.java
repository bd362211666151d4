package org.filiere.programme.application;

import static org.filiere.access.AccessPolicy.requireDirector;
import static org.filiere.access.AccessPolicy.requireStaff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.filiere.access.application.BindsCurrentActor;
import org.filiere.kernel.DomainEvents;
import org.filiere.programme.AgreementId;
import org.filiere.programme.CooperationAgreement;
import org.filiere.programme.CooperationAgreements;
import org.filiere.programme.PartnerId;
import org.filiere.programme.PartnerOrganisation;
import org.filiere.programme.PartnerOrganisations;
import org.filiere.programme.application.ProgrammeCommands.ChangePartnerContact;
import org.filiere.programme.application.ProgrammeCommands.DraftAgreement;
import org.filiere.programme.application.ProgrammeCommands.RegisterPartner;
import org.filiere.programme.application.ProgrammeCommands.SignAgreement;
import org.filiere.programme.application.ProgrammeCommands.TerminateAgreement;

/** Partner organisations and the cooperation agreements signed with them. */
@ApplicationScoped
@BindsCurrentActor
@Transactional
public class PartnerService {

    private final PartnerOrganisations partners;
    private final CooperationAgreements agreements;
    private final DomainEvents events;
    private final Clock clock;

    @Inject
    public PartnerService(PartnerOrganisations partners, CooperationAgreements agreements, DomainEvents events,
            Clock clock) {
        this.partners = partners;
        this.agreements = agreements;
        this.events = events;
        this.clock = clock;
    }

    /** For the CDI container's proxies. */
    protected PartnerService() {
        this(null, null, null, null);
    }

    public PartnerId register(RegisterPartner c) {
        requireStaff(c.actor(), "register a partner organisation");
        PartnerOrganisation partner = new PartnerOrganisation(PartnerId.random(), c.name(), c.type(), c.contact(), 0);
        partners.save(partner);
        return partner.id();
    }

    public void changeContact(ChangePartnerContact c) {
        requireStaff(c.actor(), "change a partner's contact");
        partners.save(partners.get(c.partnerId()).withContact(c.contact()));
    }

    public Optional<PartnerOrganisation> partner(PartnerId id) {
        requireStaff("look up a partner");
        return partners.find(id);
    }

    /** Every partner, by name. */
    public List<PartnerOrganisation> partners() {
        requireStaff("see the partners");
        return partners.all();
    }

    public AgreementId draftAgreement(DraftAgreement c) {
        requireStaff(c.actor(), "draft a cooperation agreement");
        partners.get(c.partnerId());
        CooperationAgreement agreement = CooperationAgreement.draft(AgreementId.random(), c.partnerId(), c.subject(),
                c.startsOn(), c.endsOn());
        agreements.save(agreement);
        return agreement.id();
    }

    /** Records a signature; the director signs for the association. */
    public void sign(SignAgreement c) {
        requireDirector(c.actor(), "sign a cooperation agreement");
        CooperationAgreement agreement = agreements.get(c.agreementId());
        var event = agreement.sign(c.signedOn(), clock);
        agreements.save(agreement);
        events.publish(event);
    }

    public void terminate(TerminateAgreement c) {
        requireDirector(c.actor(), "terminate a cooperation agreement");
        CooperationAgreement agreement = agreements.get(c.agreementId());
        var event = agreement.terminate(c.on(), c.reason(), clock);
        agreements.save(agreement);
        events.publish(event);
    }

    public Optional<CooperationAgreement> agreement(AgreementId id) {
        requireStaff("look up a cooperation agreement");
        return agreements.find(id);
    }

    /** A partner's agreements, by start date. */
    public List<CooperationAgreement> agreementsOf(PartnerId partnerId) {
        requireStaff("see a partner's agreements");
        return agreements.ofPartner(partnerId);
    }

    /** The agreements in force on a day. */
    public List<CooperationAgreement> inForce(LocalDate on) {
        requireStaff("see the agreements in force");
        return agreements.all().stream().filter(a -> a.inForceOn(on)).toList();
    }
}
