package org.filiere.integration.partners;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.filiere.directory.PartnerAddress;
import org.filiere.directory.PartnerEventDetails;
import org.filiere.directory.PartnerListingDetails;
import org.filiere.directory.PartnerPersonDetails;
import org.filiere.directory.application.DirectoryCommands.Incoming;
import org.filiere.kernel.BusinessRefusal;
import org.filiere.member.NafCode;
import org.filiere.member.Siret;

/**
 * Popolo JSON from a partner: {@code organizations}, {@code events} and {@code persons} arrays (or one organization
 * alone). An organisation's SIRET and NAF code come from its {@code identifiers} (schemes SIRET and NAF or APE), its
 * contacts from {@code contact_details} (address, email, voice or phone), its website from {@code links}, what it
 * offers from {@code description} and {@code abstract}.
 */
final class PopoloReader {

    private static final Pattern POSTCODE_TOWN = Pattern.compile("^\\s*(\\d{5})\\s+(.+)$");

    private final ZoneId zone;
    private final long maxRecordBytes;

    PopoloReader(ZoneId zone, long maxRecordBytes) {
        this.zone = zone;
        this.maxRecordBytes = maxRecordBytes;
    }

    PartnerFile read(InputStream in, String origin) throws IOException {
        List<Incoming<PartnerListingDetails>> listings = new ArrayList<>();
        List<Incoming<PartnerEventDetails>> events = new ArrayList<>();
        List<Incoming<PartnerPersonDetails>> people = new ArrayList<>();
        List<RefusedRecord> refused = new ArrayList<>();
        int[] index = {0};
        ObjectNode root = JsonDocument.read(in, origin, Set.of("organizations", "events", "persons"), maxRecordBytes,
                (array, node) -> {
                    index[0]++;
                    take(array == null ? "organizations" : array, node, origin + " #" + index[0], listings, events,
                            people, refused);
                });
        if (index[0] == 0 && root.has("name")) {
            take("organizations", root, origin, listings, events, people, refused);
        }
        return new PartnerFile(PartnerFormat.POPOLO, listings, events, people, refused);
    }

    private void take(String array, JsonNode node, String position, List<Incoming<PartnerListingDetails>> listings,
            List<Incoming<PartnerEventDetails>> events, List<Incoming<PartnerPersonDetails>> people,
            List<RefusedRecord> refused) {
        String key = node.path("name").isTextual() ? "\"" + node.get("name").asText() + "\"" : position;
        try {
            if (!node.isObject()) {
                throw new RecordRefusedException(position + " is not an object");
            }
            String id = JsonFields.text(node, "id", key).orElseThrow(() -> new RecordRefusedException(key
                    + ": its \"id\" is missing, so it could not be recognised when read again"));
            switch (array) {
                case "organizations" -> listings.add(new Incoming<>(id, organisation(node, key)));
                case "events" -> events.add(new Incoming<>(id, event(node, key)));
                default -> people.add(new Incoming<>(id, person(node, key)));
            }
        } catch (RecordRefusedException | BusinessRefusal e) {
            refused.add(new RefusedRecord(key, e.getMessage(), node.toString()));
        }
    }

    private static PartnerListingDetails organisation(JsonNode node, String record) {
        Optional<Siret> siret = Optional.empty();
        Optional<NafCode> naf = Optional.empty();
        for (JsonNode identifier : JsonFields.all(node, "identifiers")) {
            String scheme = JsonFields.text(identifier, "scheme", record).orElse("").toUpperCase(Locale.ROOT);
            String value = JsonFields.text(identifier, "identifier", record).orElse("");
            if (scheme.contains("SIRET")) {
                if (!Siret.isValid(value)) {
                    throw new RecordRefusedException(record + ": its SIRET \"" + value + "\" is not valid");
                }
                siret = Optional.of(Siret.parse(value));
            } else if (scheme.contains("NAF") || scheme.contains("APE")) {
                try {
                    naf = Optional.of(NafCode.parse(value));
                } catch (BusinessRefusal e) {
                    throw new RecordRefusedException(record + ": its NAF code \"" + value + "\" is not a NAF code");
                }
            }
        }
        PartnerAddress address = PartnerAddress.unknown();
        Optional<String> email = Optional.empty();
        Optional<String> phone = Optional.empty();
        for (JsonNode contact : JsonFields.all(node, "contact_details")) {
            String type = JsonFields.text(contact, "type", record).orElse("").toLowerCase(Locale.ROOT);
            Optional<String> value = JsonFields.text(contact, "value", record);
            switch (type) {
                case "address" -> address = value.map(PopoloReader::address).orElse(address);
                case "email" -> email = email.or(() -> value);
                case "voice", "phone", "cell" -> phone = phone.or(() -> value);
                default -> {
                }
            }
        }
        Optional<URI> website = JsonFields.all(node, "links").stream().filter(JsonNode::isObject)
                .map(l -> JsonFields.url(l, "url", record)).flatMap(Optional::stream).findFirst();
        List<String> offer = new ArrayList<>();
        JsonFields.text(node, "abstract", record).ifPresent(offer::add);
        JsonFields.text(node, "description", record).ifPresent(offer::add);
        return new PartnerListingDetails(JsonFields.text(node, "name", record).orElse(null), siret, naf, address,
                String.join("\n", offer), website, email, phone);
    }

    /** {@code 12 rue X, 13100 Aix-en-Provence}: the last part with a postcode gives the postcode and the town. */
    private static PartnerAddress address(String written) {
        String[] parts = written.split(",");
        for (int i = parts.length - 1; i >= 0; i--) {
            var m = POSTCODE_TOWN.matcher(parts[i]);
            if (m.matches()) {
                return new PartnerAddress(String.join(",", Arrays.copyOfRange(parts, 0, i)), m.group(1),
                        m.group(2), i + 1 < parts.length ? parts[parts.length - 1] : "");
            }
        }
        return new PartnerAddress(written, "", "", "");
    }

    private PartnerEventDetails event(JsonNode node, String record) {
        return new PartnerEventDetails(JsonFields.text(node, "name", record).orElse(null),
                JsonFields.text(node, "description", record).orElse(""),
                JsonFields.text(node, "start_date", record).map(d -> PartnerDates.parse(d, zone, record, "start_date"))
                        .orElse(null),
                JsonFields.text(node, "end_date", record).map(d -> PartnerDates.parse(d, zone, record, "end_date")),
                JsonFields.text(node, "location", record).orElse(""), PartnerAddress.unknown(), Optional.empty(),
                JsonFields.text(node, "organization_id", record).orElse(""));
    }

    private static PartnerPersonDetails person(JsonNode node, String record) {
        Optional<String> email = JsonFields.text(node, "email", record);
        Optional<String> phone = Optional.empty();
        for (JsonNode contact : JsonFields.all(node, "contact_details")) {
            String type = JsonFields.text(contact, "type", record).orElse("").toLowerCase(Locale.ROOT);
            Optional<String> value = JsonFields.text(contact, "value", record);
            if (type.equals("email")) {
                email = email.or(() -> value);
            } else if (type.equals("voice") || type.equals("phone") || type.equals("cell")) {
                phone = phone.or(() -> value);
            }
        }
        String organisation = "";
        String role = "";
        for (JsonNode membership : JsonFields.all(node, "memberships")) {
            organisation = JsonFields.text(membership, "organization_id", record).orElse(organisation);
            role = JsonFields.text(membership, "role", record).orElse(role);
        }
        return new PartnerPersonDetails(JsonFields.text(node, "name", record).orElse(null), organisation, role, email,
                phone);
    }
}
