package org.filiere.integration.partners;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.filiere.directory.DirectoryListing;
import org.filiere.directory.PartnerAddress;
import org.filiere.directory.PublicEvent;
import org.filiere.member.Address;

/**
 * The association's directory and events written out with Jackson's streaming generator, one listing at a time:
 * schema.org {@code Organization} JSON-LD (SIRET as {@code iso6523Code "0009:<SIRET>"}, NAF code as an
 * {@code additionalProperty}, what the member offers as {@code description} and {@code makesOffer}), Popolo JSON
 * ({@code organizations} with SIREN, SIRET and NAF {@code identifiers}), and schema.org {@code Event} JSON-LD.
 */
public final class DirectoryWriters {

    private static final JsonFactory JSON = new JsonFactory();

    private final String clusterName;
    private final String idBase;
    private final ZoneId zone;

    /**
     * @param clusterName the association's name, as the members' {@code memberOf}
     * @param idBase      the start of the members' and events' {@code @id} ({@code https://cluster.example.org/})
     * @param zone        the association's time zone, for event times
     */
    public DirectoryWriters(String clusterName, String idBase, ZoneId zone) {
        this.clusterName = clusterName;
        this.idBase = idBase;
        this.zone = zone;
    }

    /** The listings as a schema.org JSON-LD {@code @graph} of {@code Organization}s. */
    public void jsonLd(List<DirectoryListing> listings, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("@context", "https://schema.org");
            g.writeArrayFieldStart("@graph");
            for (DirectoryListing l : listings) {
                g.writeStartObject();
                g.writeStringField("@type", "Organization");
                g.writeStringField("@id", idBase + "members/" + l.memberId().value());
                g.writeStringField("name", l.name());
                g.writeArrayFieldStart("identifier");
                propertyValue(g, "SIREN", l.memberId().value(), null);
                g.writeEndArray();
                if (l.headOffice().isPresent()) {
                    g.writeStringField("iso6523Code", "0009:" + l.headOffice().get().value());
                }
                g.writeArrayFieldStart("additionalProperty");
                propertyValue(g, "NAF", l.activity().code().value(), l.activity().label());
                if (!l.sector().isEmpty()) {
                    propertyValue(g, "sector", l.sector(), null);
                }
                g.writeEndArray();
                postalAddress(g, l.address());
                if (!l.offer().isEmpty()) {
                    g.writeStringField("description", l.offer());
                    g.writeObjectFieldStart("makesOffer");
                    g.writeStringField("@type", "Offer");
                    g.writeObjectFieldStart("itemOffered");
                    g.writeStringField("@type", "Service");
                    g.writeStringField("description", l.offer());
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeObjectFieldStart("memberOf");
                g.writeStringField("@type", "Organization");
                g.writeStringField("name", clusterName);
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** The listings as Popolo JSON {@code organizations}. */
    public void popolo(List<DirectoryListing> listings, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeArrayFieldStart("organizations");
            for (DirectoryListing l : listings) {
                g.writeStartObject();
                g.writeStringField("id", "siren-" + l.memberId().value());
                g.writeStringField("name", l.name());
                g.writeStringField("classification", "member");
                g.writeArrayFieldStart("identifiers");
                identifier(g, "SIREN", l.memberId().value());
                if (l.headOffice().isPresent()) {
                    identifier(g, "SIRET", l.headOffice().get().value());
                }
                identifier(g, "NAF", l.activity().code().value());
                g.writeEndArray();
                if (!l.offer().isEmpty()) {
                    g.writeStringField("description", l.offer());
                }
                g.writeArrayFieldStart("contact_details");
                g.writeStartObject();
                g.writeStringField("type", "address");
                g.writeStringField("value", l.address().toString());
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /** The association's published events as a schema.org JSON-LD {@code @graph} of {@code Event}s. */
    public void eventsJsonLd(List<PublicEvent> events, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("@context", "https://schema.org");
            g.writeArrayFieldStart("@graph");
            for (PublicEvent e : events) {
                g.writeStartObject();
                g.writeStringField("@type", "Event");
                g.writeStringField("@id", idBase + "events/" + e.id());
                g.writeStringField("name", e.title());
                if (!e.description().isEmpty()) {
                    g.writeStringField("description", e.description());
                }
                g.writeStringField("startDate", e.start().atZone(zone).toOffsetDateTime().toString());
                if (e.end().isPresent()) {
                    g.writeStringField("endDate", e.end().get().atZone(zone).toOffsetDateTime().toString());
                }
                g.writeStringField("eventStatus", "https://schema.org/EventScheduled");
                g.writeStringField("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
                g.writeObjectFieldStart("location");
                g.writeStringField("@type", "Place");
                g.writeStringField("name", e.place());
                if (!e.address().isUnknown()) {
                    partnerAddress(g, e.address());
                }
                g.writeEndObject();
                if (e.url().isPresent()) {
                    g.writeStringField("url", e.url().get().toString());
                }
                g.writeObjectFieldStart("organizer");
                g.writeStringField("@type", "Organization");
                g.writeStringField("name", clusterName);
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void propertyValue(JsonGenerator g, String id, String value, String name) throws IOException {
        g.writeStartObject();
        g.writeStringField("@type", "PropertyValue");
        g.writeStringField("propertyID", id);
        g.writeStringField("value", value);
        if (name != null && !name.isEmpty()) {
            g.writeStringField("name", name);
        }
        g.writeEndObject();
    }

    private static void identifier(JsonGenerator g, String scheme, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("scheme", scheme);
        g.writeStringField("identifier", value);
        g.writeEndObject();
    }

    private static void postalAddress(JsonGenerator g, Address a) throws IOException {
        g.writeObjectFieldStart("address");
        g.writeStringField("@type", "PostalAddress");
        if (!a.street().isEmpty()) {
            g.writeStringField("streetAddress", a.street());
        }
        g.writeStringField("postalCode", a.postcode());
        g.writeStringField("addressLocality", a.commune());
        g.writeStringField("addressRegion", a.department());
        g.writeStringField("addressCountry", "FR");
        g.writeEndObject();
    }

    private static void partnerAddress(JsonGenerator g, PartnerAddress a) throws IOException {
        g.writeObjectFieldStart("address");
        g.writeStringField("@type", "PostalAddress");
        if (!a.street().isEmpty()) {
            g.writeStringField("streetAddress", a.street());
        }
        if (!a.postcode().isEmpty()) {
            g.writeStringField("postalCode", a.postcode());
        }
        if (!a.locality().isEmpty()) {
            g.writeStringField("addressLocality", a.locality());
        }
        g.writeStringField("addressCountry", a.country().isEmpty() ? "FR" : a.country());
        g.writeEndObject();
    }
}
