package org.filiere.integration.partners;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * schema.org JSON-LD from a partner: {@code Organization} nodes (and their subtypes) become listings, {@code Event}
 * nodes events, {@code Person} nodes contact cards. The document may be one node, an array of nodes, or an
 * {@code @graph}. Its {@code @context} must be schema.org's: any other context, or an {@code @import}, would have to
 * be fetched, and the file is refused rather than fetching anything.
 *
 * <p>An organisation's SIRET is read from {@code iso6523Code "0009:<SIRET>"}, its NAF code from an
 * {@code additionalProperty} whose {@code propertyID} is NAF or APE, what it offers from {@code description},
 * {@code makesOffer} and {@code knowsAbout}.
 */
final class JsonLdReader {

    private static final Pattern SCHEMA_ORG = Pattern.compile("https?://schema\\.org/?(docs/jsonldcontext\\.jsonld)?");
    private static final Set<String> ORGANISATIONS = Set.of("Organization", "Corporation", "LocalBusiness", "NGO",
            "Consortium", "Cooperative", "OnlineBusiness", "EducationalOrganization", "GovernmentOrganization",
            "ResearchOrganization", "MedicalOrganization", "SportsOrganization", "PerformingGroup", "Project",
            "ResearchProject", "FundingScheme", "NewsMediaOrganization", "WorkersUnion", "LibrarySystem");

    private final ZoneId zone;
    private final long maxRecordBytes;

    JsonLdReader(ZoneId zone, long maxRecordBytes) {
        this.zone = zone;
        this.maxRecordBytes = maxRecordBytes;
    }

    PartnerFile read(InputStream in, String origin) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        ObjectNode root = JsonDocument.read(in, origin, Set.of("@graph"), maxRecordBytes, (array, node) -> nodes.add(node));
        if (nodes.isEmpty() && root.has("@type")) {
            nodes.add(root);
        }
        checkContext(root.get("@context"), origin);
        if (!root.has("@context") && nodes.stream().noneMatch(n -> n.has("@context"))) {
            throw new UnreadablePartnerFileException(origin + " has no @context: it is not schema.org JSON-LD");
        }
        List<Incoming<PartnerListingDetails>> listings = new ArrayList<>();
        List<Incoming<PartnerEventDetails>> events = new ArrayList<>();
        List<Incoming<PartnerPersonDetails>> people = new ArrayList<>();
        List<RefusedRecord> refused = new ArrayList<>();
        int index = 0;
        for (JsonNode node : nodes) {
            index++;
            if (!node.isObject()) {
                refused.add(new RefusedRecord(origin + " #" + index, origin + ": node " + index + " is "
                        + node.getNodeType().name().toLowerCase(Locale.ROOT) + ", not an object", node.toString()));
                continue;
            }
            checkContext(node.get("@context"), origin);
            String key = key(node, index);
            try {
                String type = type(node, key);
                if (ORGANISATIONS.contains(type) || type.endsWith("Organization")) {
                    listings.add(organisation(node, key));
                } else if (type.endsWith("Event")) {
                    events.add(event(node, key));
                } else if (type.equals("Person")) {
                    people.add(person(node, key));
                } else {
                    refused.add(new RefusedRecord(key, key + ": its type " + type
                            + " is not taken in (only organisations, events and people are)", node.toString()));
                }
            } catch (RecordRefusedException | BusinessRefusal e) {
                refused.add(new RefusedRecord(key, e.getMessage(), node.toString()));
            }
        }
        return new PartnerFile(PartnerFormat.SCHEMA_ORG_JSON_LD, listings, events, people, refused);
    }

    /** Only schema.org's context is accepted: anything else would have to be fetched. */
    static void checkContext(JsonNode context, String origin) {
        if (context == null || context.isNull()) {
            return;
        }
        if (context.isArray()) {
            context.forEach(c -> checkContext(c, origin));
            return;
        }
        if (context.isTextual()) {
            if (!SCHEMA_ORG.matcher(context.asText().strip()).matches()) {
                throw new UnreadablePartnerFileException(origin + ": its @context refers to \"" + context.asText()
                        + "\"; outside documents are never fetched, only schema.org's vocabulary is read");
            }
            return;
        }
        if (context.isObject()) {
            context.fields().forEachRemaining(e -> {
                if (e.getKey().equals("@import") || e.getValue().isObject() && e.getValue().has("@context")) {
                    throw new UnreadablePartnerFileException(origin + ": its @context imports another context; outside "
                            + "documents are never fetched");
                }
                if (e.getKey().equals("@vocab") && !SCHEMA_ORG.matcher(e.getValue().asText().strip()).matches()) {
                    throw new UnreadablePartnerFileException(origin + ": its @vocab is \"" + e.getValue().asText()
                            + "\", not schema.org");
                }
            });
            return;
        }
        throw new UnreadablePartnerFileException(origin + ": its @context is neither a text, an object nor an array");
    }

    private static String key(JsonNode node, int index) {
        Optional<String> named = node.path("name").isTextual() ? Optional.of(node.get("name").asText()) : Optional.empty();
        return named.map(n -> "\"" + n + "\"").orElse("node " + index);
    }

    private static String type(JsonNode node, String record) {
        String type = JsonFields.text(node, "@type", record)
                .orElseThrow(() -> new RecordRefusedException(record + ": its \"@type\" is missing"));
        return type.replaceFirst("^(https?://schema\\.org/|schema:)", "");
    }

    private static String externalId(JsonNode node, String record, String... fallbacks) {
        Optional<String> id = JsonFields.text(node, "@id", record);
        for (String field : fallbacks) {
            if (id.isPresent()) {
                break;
            }
            id = JsonFields.text(node, field, record);
        }
        return id.orElseThrow(() -> new RecordRefusedException(record + ": it has no \"@id\" nor "
                + String.join(", ", fallbacks) + ", so it could not be recognised when read again"));
    }

    private Incoming<PartnerListingDetails> organisation(JsonNode node, String record) {
        Optional<Siret> siret = Optional.empty();
        for (JsonNode code : JsonFields.all(node, "iso6523Code")) {
            String text = JsonFields.asText(code, "iso6523Code", record).orElse("");
            if (text.startsWith("0009:")) {
                String digits = text.substring(5).replaceAll("[\\s.]", "");
                if (!Siret.isValid(digits)) {
                    throw new RecordRefusedException(record + ": its field \"iso6523Code\" \"" + text
                            + "\" does not carry a valid SIRET");
                }
                siret = Optional.of(Siret.parse(digits));
            }
        }
        Optional<NafCode> naf = Optional.empty();
        for (JsonNode property : JsonFields.all(node, "additionalProperty")) {
            if (property.isObject() && JsonFields.text(property, "propertyID", record).map(p -> p.toUpperCase(Locale.ROOT))
                    .filter(p -> p.startsWith("NAF") || p.startsWith("APE")).isPresent()) {
                String code = JsonFields.text(property, "value", record).orElse("");
                try {
                    naf = Optional.of(NafCode.parse(code));
                } catch (BusinessRefusal e) {
                    throw new RecordRefusedException(record + ": its NAF code \"" + code + "\" is not a NAF code");
                }
            }
        }
        List<String> offer = new ArrayList<>();
        JsonFields.text(node, "description", record).ifPresent(offer::add);
        for (JsonNode made : JsonFields.all(node, "makesOffer")) {
            JsonNode item = made.isObject() && made.has("itemOffered") ? made.get("itemOffered") : made;
            if (item.isObject()) {
                JsonFields.text(item, "name", record).ifPresent(offer::add);
                JsonFields.text(item, "description", record).ifPresent(offer::add);
            } else {
                JsonFields.asText(item, "makesOffer", record).ifPresent(offer::add);
            }
        }
        for (JsonNode topic : JsonFields.all(node, "knowsAbout")) {
            (topic.isObject() ? JsonFields.text(topic, "name", record) : JsonFields.asText(topic, "knowsAbout", record))
                    .ifPresent(offer::add);
        }
        String id = externalId(node, record, "identifier", "url", "name");
        if (!node.has("@id") && siret.isPresent() && !node.has("identifier")) {
            id = "siret:" + siret.get().value();
        }
        return new Incoming<>(id, new PartnerListingDetails(JsonFields.text(node, "name", record).orElse(null), siret,
                naf, address(node, record), String.join("\n", offer), JsonFields.url(node, "url", record),
                JsonFields.text(node, "email", record).map(e -> e.replaceFirst("^mailto:", "")),
                JsonFields.text(node, "telephone", record)));
    }

    private Incoming<PartnerEventDetails> event(JsonNode node, String record) {
        String start = JsonFields.text(node, "startDate", record).orElse(null);
        String place = "";
        PartnerAddress address = PartnerAddress.unknown();
        for (JsonNode location : JsonFields.all(node, "location")) {
            if (location.isTextual()) {
                place = location.asText();
            } else if (location.isObject() && !JsonFields.text(location, "@type", record).orElse("").equals("VirtualLocation")) {
                place = JsonFields.text(location, "name", record).orElse(place);
                address = address(location, record);
            }
        }
        String organiser = JsonFields.all(node, "organizer").stream().findFirst()
                .flatMap(o -> o.isObject() ? JsonFields.text(o, "name", record) : JsonFields.asText(o, "organizer", record))
                .orElse("");
        String id = externalId(node, record, "url", "name");
        if (!node.has("@id") && !node.has("url") && start != null) {
            id = id + "@" + start;
        }
        return new Incoming<>(id, new PartnerEventDetails(JsonFields.text(node, "name", record).orElse(null),
                JsonFields.text(node, "description", record).orElse(""),
                start == null ? null : PartnerDates.parse(start, zone, record, "startDate"),
                JsonFields.text(node, "endDate", record).map(e -> PartnerDates.parse(e, zone, record, "endDate")),
                place, address, JsonFields.url(node, "url", record), organiser));
    }

    private static Incoming<PartnerPersonDetails> person(JsonNode node, String record) {
        Optional<String> email = JsonFields.text(node, "email", record).map(e -> e.replaceFirst("^mailto:", ""));
        String organisation = JsonFields.all(node, "worksFor").stream().findFirst()
                .flatMap(o -> o.isObject() ? JsonFields.text(o, "name", record) : JsonFields.asText(o, "worksFor", record))
                .orElse("");
        String id = JsonFields.text(node, "@id", record).or(() -> email)
                .or(() -> JsonFields.text(node, "name", record))
                .orElseThrow(() -> new RecordRefusedException(record + ": it has no \"@id\", e-mail nor name"));
        return new Incoming<>(id, new PartnerPersonDetails(JsonFields.text(node, "name", record).orElse(null),
                organisation, JsonFields.text(node, "jobTitle", record).orElse(""), email,
                JsonFields.text(node, "telephone", record)));
    }

    private static PartnerAddress address(JsonNode node, String record) {
        JsonNode value = node.get("address");
        if (value == null || value.isNull()) {
            return PartnerAddress.unknown();
        }
        if (value.isTextual()) {
            return new PartnerAddress(value.asText(), "", "", "");
        }
        JsonNode postal = JsonFields.object(node, "address", record).orElseThrow();
        String postcode = JsonFields.text(postal, "postalCode", record).orElse("").replaceFirst("^[A-Z]{1,2}-", "");
        return new PartnerAddress(JsonFields.text(postal, "streetAddress", record).orElse(""), postcode,
                JsonFields.text(postal, "addressLocality", record).orElse("").replaceFirst(",\\s*France$", ""),
                JsonFields.all(postal, "addressCountry").stream().findFirst()
                        .flatMap(c -> c.isObject() ? JsonFields.text(c, "name", record) : JsonFields.asText(c, "addressCountry", record))
                        .orElse(""));
    }
}
