package org.filiere.integration.partners;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ezvcard.VCard;
import ezvcard.io.StreamReader;
import ezvcard.io.json.JCardReader;
import ezvcard.io.text.VCardReader;
import ezvcard.property.Email;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;

import org.filiere.directory.PartnerPersonDetails;
import org.filiere.directory.application.DirectoryCommands.Incoming;
import org.filiere.kernel.BusinessRefusal;

/**
 * Contact cards from a partner, read one card at a time with ez-vcard: vCard 2.1, 3.0 and 4.0 (folded lines,
 * quoted-printable, any client's export) and jCard. A card is recognised again by its {@code UID}, else its e-mail
 * address, else its name; its name is {@code FN}, else the structured name.
 */
final class ContactCardReader {

    private final int maxCards;

    ContactCardReader(int maxCards) {
        this.maxCards = maxCards;
    }

    PartnerFile read(Reader text, String origin, boolean json) throws IOException {
        List<Incoming<PartnerPersonDetails>> people = new ArrayList<>();
        List<RefusedRecord> refused = new ArrayList<>();
        try (StreamReader reader = json ? new JCardReader(text) : new VCardReader(text)) {
            int index = 0;
            for (VCard next = readNext(reader, origin); next != null; next = readNext(reader, origin)) {
                VCard card = next;
                index++;
                if (index > maxCards) {
                    throw new UnreadablePartnerFileException(origin + " holds more than " + maxCards
                            + " contact cards, the most read from one file");
                }
                String key = "card " + index;
                try {
                    Optional<String> name = Optional.ofNullable(card.getFormattedName()).map(f -> f.getValue())
                            .filter(n -> !n.isBlank()).or(() -> Optional.ofNullable(card.getStructuredName())
                                    .map(ContactCardReader::name));
                    key = name.map(n -> "card of " + n).orElse(key);
                    Optional<String> email = card.getEmails().stream().map(Email::getValue)
                            .filter(e -> e != null && !e.isBlank()).findFirst();
                    Optional<String> phone = card.getTelephoneNumbers().stream().map(ContactCardReader::number)
                            .flatMap(Optional::stream).findFirst();
                    String organisation = Optional.ofNullable(card.getOrganization()).map(Organization::getValues)
                            .map(v -> String.join(", ", v)).orElse("");
                    String role = card.getTitles().stream().map(Title::getValue).filter(t -> t != null)
                            .findFirst().orElse("");
                    String id = Optional.ofNullable(card.getUid()).map(u -> u.getValue()).filter(u -> !u.isBlank())
                            .or(() -> email).or(() -> name).orElseThrow(() -> new RecordRefusedException(
                                    "A contact card has no UID, e-mail nor name, so it could not be recognised"));
                    people.add(new Incoming<>(id, new PartnerPersonDetails(name.orElse(null), organisation, role,
                            email, phone)));
                } catch (RecordRefusedException | BusinessRefusal e) {
                    refused.add(new RefusedRecord(key, e.getMessage(), card.toString()));
                }
            }
        }
        if (people.isEmpty() && refused.isEmpty()) {
            throw new UnreadablePartnerFileException(origin + " holds no contact card");
        }
        return new PartnerFile(json ? PartnerFormat.JCARD : PartnerFormat.VCARD, List.of(), List.of(), people, refused);
    }

    private static VCard readNext(StreamReader reader, String origin) throws IOException {
        try {
            return reader.readNext();
        } catch (RuntimeException e) {
            throw new UnreadablePartnerFileException(origin + " is not a readable contact card file: " + e.getMessage(), e);
        }
    }

    private static String name(StructuredName n) {
        return String.join(" ", List.of(String.join(" ", n.getPrefixes()), n.getGiven() == null ? "" : n.getGiven(),
                n.getFamily() == null ? "" : n.getFamily())).strip().replaceAll("\\s+", " ");
    }

    private static Optional<String> number(Telephone telephone) {
        if (telephone.getText() != null && !telephone.getText().isBlank()) {
            return Optional.of(telephone.getText());
        }
        return Optional.ofNullable(telephone.getUri()).map(u -> u.getNumber());
    }
}
