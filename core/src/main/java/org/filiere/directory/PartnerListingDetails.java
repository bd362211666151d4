package org.filiere.directory;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

import org.filiere.kernel.TextLimit;
import org.filiere.member.NafCode;
import org.filiere.member.Siret;

/**
 * What a partner's directory says of an organisation. Only the name is required: a partner's directory is not
 * bound by the association's rules, so a field it leaves out stays empty.
 *
 * @param name      the organisation's name
 * @param siret     its SIRET, if given and valid
 * @param activity  its NAF code, if given and known
 * @param address   where it is
 * @param offer     what it offers (description, products, services)
 * @param website   its web address, if any
 * @param email     the organisation's e-mail address, if any
 * @param telephone its telephone, if any
 */
public record PartnerListingDetails(String name, Optional<Siret> siret, Optional<NafCode> activity,
        PartnerAddress address, String offer, Optional<URI> website, Optional<String> email,
        Optional<String> telephone) {

    public PartnerListingDetails {
        String record = "Partner listing \"" + (name == null ? "" : name.strip()) + "\"";
        name = PartnerFields.required("A partner listing", "name", name, TextLimit.SHORT);
        Objects.requireNonNull(siret, "siret");
        Objects.requireNonNull(activity, "activity");
        address = address == null ? PartnerAddress.unknown() : address;
        offer = PartnerFields.optional(record, "offer", offer, TextLimit.LONG);
        Objects.requireNonNull(website, "website").ifPresent(w -> TextLimit.check(record, "website", w.toString(), 1000));
        email = PartnerFields.email(record, email);
        telephone = Objects.requireNonNull(telephone, "telephone").map(String::strip).filter(t -> !t.isEmpty())
                .map(t -> TextLimit.check(record, "telephone", t, 40));
    }

    /** The same details without the e-mail address and telephone, once the person they reach was erased. */
    public PartnerListingDetails withoutContact() {
        return new PartnerListingDetails(name, siret, activity, address, offer, website, Optional.empty(),
                Optional.empty());
    }
}
