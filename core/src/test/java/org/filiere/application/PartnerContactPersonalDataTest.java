package org.filiere.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.filiere.fixtures.Fixtures.aStaffMember;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.filiere.access.AccessRefusedException;
import org.filiere.access.Actor;
import org.filiere.directory.PartnerAddress;
import org.filiere.directory.PartnerListing;
import org.filiere.directory.PartnerListingDetails;
import org.filiere.directory.PartnerSource;
import org.filiere.directory.application.PartnerContactPersonalData;
import org.filiere.fixtures.InMemoryPartnerListings;
import org.filiere.fixtures.InMemoryPartnerOrganisations;
import org.filiere.fixtures.MutableClock;
import org.filiere.programme.PartnerContact;
import org.filiere.programme.PartnerId;
import org.filiere.programme.PartnerOrganisation;
import org.filiere.programme.PartnerType;
import org.junit.jupiter.api.Test;

class PartnerContactPersonalDataTest {

    private static final String EMAIL = "ines.moreau@pole.example.org";
    private static final PartnerSource POLE = new PartnerSource("pole-sce");
    private final MutableClock clock = new MutableClock(LocalDate.of(2025, 6, 4));
    private final InMemoryPartnerOrganisations organisations = new InMemoryPartnerOrganisations();
    private final InMemoryPartnerListings listings = new InMemoryPartnerListings();
    private final PartnerContactPersonalData place = new PartnerContactPersonalData(organisations, listings, clock);
    private final Actor staff = aStaffMember();

    private PartnerId aPartner(String name, PartnerContact contact) {
        PartnerOrganisation partner = new PartnerOrganisation(PartnerId.random(), name, PartnerType.CLUSTER, contact,
                0);
        organisations.save(partner);
        return partner.id();
    }

    private PartnerListing aListing(String id, String name, String email) {
        PartnerListing listing = PartnerListing.first(POLE, id, new PartnerListingDetails(name, Optional.empty(),
                Optional.empty(), PartnerAddress.unknown(), "Conseil", Optional.empty(), Optional.of(email),
                Optional.of("+33 4 00 00 00 00")), clock);
        listings.save(listing);
        return listing;
    }

    @Test
    void shouldExportThePartnersAndListingsReachingThePersonWhateverTheCase() {
        aPartner("Pôle SCS", new PartnerContact("Inès Moreau", "Ines.Moreau@pole.example.org", "+33 4 11"));
        aPartner("Minalogic", new PartnerContact("Luc Girard", "luc.girard@minalogic.example.org", ""));
        aListing("org-1", "Moreau Conseil", "INES.MOREAU@pole.example.org");
        aListing("org-2", "Girard Études", "contact@girard.example.org");

        assertThat(place.export(staff, EMAIL)).extracting(r -> r.get("record") + ": " + r.get("organisation"))
                .containsExactly("partner organisation: Pôle SCS", "partner listing: Moreau Conseil");
        assertThat(place.export(staff, EMAIL).get(0)).containsEntry("name", "Inès Moreau")
                .containsEntry("phone", "+33 4 11");
    }

    @Test
    void shouldClearThePersonsContactFieldsKeepingTheOrganisationsAndListings() {
        PartnerId pole = aPartner("Pôle SCS", new PartnerContact("Inès Moreau", EMAIL, "+33 4 11"));
        PartnerContact luc = new PartnerContact("Luc Girard", "luc.girard@minalogic.example.org", "");
        PartnerId minalogic = aPartner("Minalogic", luc);
        PartnerListing moreau = aListing("org-1", "Moreau Conseil", EMAIL);
        PartnerListing girard = aListing("org-2", "Girard Études", "contact@girard.example.org");
        clock.advance(Duration.ofDays(1));

        assertThat(place.erase(staff, EMAIL.toUpperCase(Locale.ROOT))).isEqualTo(2);

        assertThat(organisations.get(pole).name()).isEqualTo("Pôle SCS");
        assertThat(organisations.get(pole).contact()).isEqualTo(PartnerContact.erased());
        assertThat(organisations.get(minalogic).contact()).isEqualTo(luc);
        PartnerListing cleared = listings.find(moreau.id()).orElseThrow();
        assertThat(cleared.details().name()).isEqualTo("Moreau Conseil");
        assertThat(cleared.details().email()).isEmpty();
        assertThat(cleared.details().telephone()).isEmpty();
        assertThat(cleared.changedAt()).isEqualTo(clock.instant());
        assertThat(listings.find(girard.id()).orElseThrow().details()).isEqualTo(girard.details());
        assertThat(place.export(staff, EMAIL)).isEmpty();
        assertThat(place.erase(staff, EMAIL)).isZero();
    }

    @Test
    void shouldLetOnlyStaffExportOrErase() {
        Actor representative = Actor.representativeOf("302068382", "paul-durand", "Paul Durand");
        assertThatThrownBy(() -> place.export(representative, EMAIL)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> place.erase(representative, EMAIL)).isInstanceOf(AccessRefusedException.class);
    }
}
