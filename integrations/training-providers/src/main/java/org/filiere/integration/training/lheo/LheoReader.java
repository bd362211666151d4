package org.filiere.integration.training.lheo;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.filiere.integration.training.catalogue.CatalogueCourse;
import org.filiere.integration.training.catalogue.CatalogueReader;
import org.filiere.integration.training.catalogue.CatalogueRefusedException;
import org.filiere.integration.training.catalogue.CatalogueSession;
import org.filiere.integration.training.catalogue.HtmlText;

/**
 * Streams an LHEO file (2.2 or 2.3 namespace) one {@code formation} at a time, and gives one course per
 * {@code action}: the formation's title, objectives and codes, the responsible organisation as provider, the
 * action's hours, venue and price, and its sessions.
 *
 * <p>The parser refuses any DOCTYPE, so no external entity, external DTD or entity expansion is ever processed:
 * a file carrying one is refused whole.
 *
 * <p>A {@code formation} is held in memory up to a limit of its content (element and attribute names, attribute
 * values and text, counted in UTF-8 bytes as they are read): one larger is skipped to its end without being kept,
 * and given as a record refused for its size; the rest of the file is read on.
 */
public final class LheoReader implements CatalogueReader {

    /** The LHEO 2.2 namespace. */
    public static final String LHEO_22 = "http://www.lheo.org/2.2";
    /** The LHEO 2.3 namespace. */
    public static final String LHEO_23 = "http://lheo.gouv.fr/2.3";
    /** The most content a {@code formation} may have unless told otherwise: 4 MiB. */
    public static final long DEFAULT_MAX_RECORD_BYTES = 4L << 20;

    private static final XMLInputFactory FACTORY = safeFactory();

    private final String fileName;
    private final XMLStreamReader xml;
    private final String format;
    private final long maxRecordBytes;
    private final Deque<CatalogueCourse> ready = new ArrayDeque<>();
    private boolean finished;

    private LheoReader(String fileName, XMLStreamReader xml, String format, long maxRecordBytes) {
        this.fileName = fileName;
        this.xml = xml;
        this.format = format;
        this.maxRecordBytes = maxRecordBytes;
    }

    /** Opens a file whose formations may take up to {@link #DEFAULT_MAX_RECORD_BYTES} each. */
    public static LheoReader open(String fileName, InputStream in) {
        return open(fileName, in, DEFAULT_MAX_RECORD_BYTES);
    }

    /**
     * Opens a file, checking at once that it is LHEO.
     *
     * @param fileName the file's name, for messages
     * @param in       its bytes; the declared encoding is honoured
     * @param maxRecordBytes the most content one {@code formation} may have, in UTF-8 bytes
     * @throws CatalogueRefusedException when it is not well-formed XML, carries a DOCTYPE, or is not LHEO
     */
    public static LheoReader open(String fileName, InputStream in, long maxRecordBytes) {
        if (maxRecordBytes < 1) {
            throw new IllegalArgumentException("A record may take at least one byte, not " + maxRecordBytes);
        }
        XMLStreamReader xml;
        try {
            xml = FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw new CatalogueRefusedException(fileName + " is not XML: " + e.getMessage(), e);
        }
        String namespace;
        try {
            int event = xml.next();
            while (event != XMLStreamConstants.START_ELEMENT) {
                if (event == XMLStreamConstants.DTD) {
                    throw doctype(fileName);
                }
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new CatalogueRefusedException(fileName + " is not an LHEO catalogue: it holds no element");
                }
                event = xml.next();
            }
            namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
            if (!"lheo".equals(xml.getLocalName()) || !(LHEO_22.equals(namespace) || LHEO_23.equals(namespace))) {
                throw new CatalogueRefusedException(fileName + " is not an LHEO catalogue: it starts with <"
                        + xml.getLocalName() + ">" + (namespace.isEmpty() ? "" : " in namespace " + namespace)
                        + ", where LHEO starts with <lheo> in namespace " + LHEO_22 + " or " + LHEO_23);
            }
        } catch (XMLStreamException e) {
            close(xml);
            throw notWellFormed(fileName, e);
        } catch (CatalogueRefusedException e) {
            close(xml);
            throw e;
        }
        return new LheoReader(fileName, xml, LHEO_22.equals(namespace) ? "LHEO 2.2" : "LHEO 2.3", maxRecordBytes);
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !finished) {
            readNextFormation();
        }
        return !ready.isEmpty();
    }

    @Override
    public CatalogueCourse next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    @Override
    public void close() {
        close(xml);
    }

    private void readNextFormation() {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw doctype(fileName);
                }
                if (event == XMLStreamConstants.START_ELEMENT && "formation".equals(xml.getLocalName())) {
                    String numero = attribute("numero");
                    Optional<LheoElement> formation = readElement();
                    ready.addAll(formation.map(this::courses).orElseGet(() -> List.of(CatalogueCourse.tooLarge(
                            "formation " + (numero.isEmpty() ? "without numero" : numero), maxRecordBytes))));
                    return;
                }
            }
            finished = true;
        } catch (XMLStreamException e) {
            finished = true;
            throw notWellFormed(fileName, e);
        }
    }

    /**
     * Reads the element the reader stands on, with everything inside it; empty when its content is larger than
     * the limit, the reader then standing at its end.
     */
    private Optional<LheoElement> readElement() throws XMLStreamException {
        Deque<LheoElement> open = new ArrayDeque<>();
        LheoElement root = start();
        long size = size(root);
        open.push(root);
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            boolean kept = size <= maxRecordBytes;
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (kept) {
                        LheoElement child = start();
                        size += size(child);
                        open.peek().add(child);
                        open.push(child);
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (kept) {
                        String text = xml.getText();
                        size += utf8Bytes(text);
                        open.peek().appendText(text);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (kept) {
                        open.pop();
                    }
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new CatalogueRefusedException(fileName
                        + " refers to an entity (&" + xml.getLocalName() + ";) at line " + line()
                        + "; entities other than XML's own are refused");
                default -> {
                }
            }
            if (size > maxRecordBytes && !open.isEmpty()) {
                open.clear();
                root = null;
            }
        }
        return Optional.ofNullable(root);
    }

    private LheoElement start() {
        LheoElement element = new LheoElement(xml.getLocalName());
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            element.attribute(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        return element;
    }

    private String attribute(String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (name.equals(xml.getAttributeLocalName(i))) {
                return xml.getAttributeValue(i).strip();
            }
        }
        return "";
    }

    /** What an element just started adds to its record: its name, and its attributes' names and values. */
    private long size(LheoElement element) {
        long size = utf8Bytes(element.name());
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            size += utf8Bytes(xml.getAttributeLocalName(i)) + utf8Bytes(xml.getAttributeValue(i));
        }
        return size;
    }

    private static long utf8Bytes(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    private int line() {
        return xml.getLocation() == null ? -1 : xml.getLocation().getLineNumber();
    }

    private List<CatalogueCourse> courses(LheoElement formation) {
        String formationId = formation.attribute("numero");
        String title = formation.textAt("intitule-formation");
        String objectives = HtmlText.plain(formation.textAt("objectif-formation"));
        Optional<LheoElement> domain = formation.child("domaine-formation");
        String formacode = domain.map(d -> d.children("code-FORMACODE").stream()
                .filter(c -> "principal".equals(c.attribute("tag"))).findFirst()
                .or(() -> d.child("code-FORMACODE")).map(LheoElement::text).orElse("")).orElse("");
        String nsf = domain.map(d -> d.textAt("code-NSF")).orElse("");
        LheoElement responsible = formation.child("organisme-formation-responsable").orElse(new LheoElement("none"));
        String siret = responsible.textAt("SIRET-organisme-formation", "SIRET");
        String providerName = named(responsible.textAt("raison-sociale"))
                ? responsible.textAt("raison-sociale") : responsible.textAt("nom-organisme");

        List<LheoElement> actions = formation.children("action");
        String source = "formation " + (formationId.isEmpty() ? "without numero" : formationId);
        if (actions.isEmpty()) {
            return List.of(new CatalogueCourse(source + " (no action)", siret, providerName, "", title, objectives,
                    "", formacode, nsf, List.of()));
        }
        List<CatalogueCourse> courses = new ArrayList<>();
        for (LheoElement action : actions) {
            String actionId = action.attribute("numero");
            List<CatalogueSession> sessions = new ArrayList<>();
            Venue venue = action.child("lieu-de-formation").isPresent() ? venue(action, providerName)
                    : organisationAddress(responsible);
            String seats = action.textAt("organisme-financeur", "nb-places-financees");
            String price = action.textAt("prix-total-TTC");
            for (LheoElement session : action.children("session")) {
                sessions.add(new CatalogueSession(session.attribute("numero"), session.textAt("periode", "debut"),
                        session.textAt("periode", "fin"), venue.name, venue.street, venue.postcode, venue.commune,
                        seats, price, price, ""));
            }
            courses.add(new CatalogueCourse(source + ", action " + (actionId.isEmpty() ? "without numero" : actionId),
                    siret, providerName, actionId, title, objectives, hours(action), formacode, nsf, sessions));
        }
        return courses;
    }

    private static boolean named(String name) {
        return !name.isBlank() && !"-".equals(name.strip());
    }

    /** The action's total hours, or its hours in the centre and in the company added up. */
    private static String hours(LheoElement action) {
        String total = action.textAt("nombre-heures-total");
        if (!total.isEmpty()) {
            return total;
        }
        String centre = action.textAt("nombre-heures-centre");
        String company = action.textAt("nombre-heures-entreprise");
        if (centre.isEmpty() || company.isEmpty()) {
            return centre.isEmpty() ? company : centre;
        }
        try {
            return new BigDecimal(centre.replace(',', '.')).add(new BigDecimal(company.replace(',', '.')))
                    .toPlainString();
        } catch (NumberFormatException e) {
            return centre + " + " + company;
        }
    }

    private record Venue(String name, String street, String postcode, String commune) {
    }

    /**
     * Where the action is held: the place's own name line when the coordinates have one, else the first address
     * line, else the organisation's name.
     */
    private static Venue venue(LheoElement action, String providerName) {
        Optional<LheoElement> coordinates = action.at("lieu-de-formation", "coordonnees");
        Optional<LheoElement> address = coordinates.flatMap(c -> c.child("adresse"));
        List<String> addressLines = new ArrayList<>();
        address.ifPresent(a -> a.children("ligne").forEach(l -> l.text().lines().map(String::strip)
                .filter(LheoReader::named).forEach(addressLines::add)));
        String name = coordinates.map(c -> c.textAt("ligne")).filter(LheoReader::named)
                .or(() -> coordinates.map(c -> c.textAt("nom")).filter(LheoReader::named))
                .orElse(addressLines.isEmpty() ? providerName : addressLines.get(0));
        String street = String.join(", ", addressLines.stream().filter(l -> !l.equals(name)).toList());
        return new Venue(name, street, address.map(a -> a.textAt("codepostal")).orElse(""),
                address.map(a -> a.textAt("ville")).orElse(""));
    }

    /**
     * Where an action that names no place of its own is held (LHEO makes {@code lieu-de-formation} optional): at
     * the responsible organisation's address, with no name of its own.
     */
    private static Venue organisationAddress(LheoElement responsible) {
        Optional<LheoElement> address = responsible.at("coordonnees-organisme", "coordonnees", "adresse");
        String street = String.join(", ", address.map(a -> a.children("ligne").stream()
                .flatMap(l -> l.text().lines().map(String::strip)).filter(LheoReader::named).toList())
                .orElse(List.of()));
        return new Venue("", street, address.map(a -> a.textAt("codepostal")).orElse(""),
                address.map(a -> a.textAt("ville")).orElse(""));
    }

    private static CatalogueRefusedException doctype(String fileName) {
        return new CatalogueRefusedException(fileName + " declares a DOCTYPE; catalogues with a DOCTYPE are refused, "
                + "as external entities and entity expansion could read local files or exhaust memory");
    }

    private static CatalogueRefusedException notWellFormed(String fileName, XMLStreamException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
        String message = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[[^]]*]\\s*Message:\\s*", "");
        return new CatalogueRefusedException(fileName + " is not well-formed XML" + where + ": " + message, e);
    }

    private static void close(XMLStreamReader xml) {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // nothing more to read
        }
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("External resource " + systemId + " refused");
        });
        return factory;
    }
}
