package org.filiere.integration.tenders.eforms;

import java.io.Closeable;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.filiere.watch.TenderNotice;

/**
 * Reads eForms contract notices (UBL 2.3, as TED and BOAMP publish them) with StAX as they stream: only the notice
 * being read is held, as the few fields the market watch takes. A file is one notice, its root element a
 * {@code ContractNotice}, as eForms defines it; a file whose root is another element may hold several notices as
 * its children, each read in turn, and is refused at once when its first child is not one. The fields are found where the eForms SDK's XPaths put them:
 *
 * <table>
 * <caption>Fields read</caption>
 * <tr><th>field</th><th>where (below the notice)</th></tr>
 * <tr><td>id; version</td><td>{@code cbc:ID[@schemeName='notice-id']} (BT-701); {@code cbc:VersionID}
 * (BT-757)</td></tr>
 * <tr><td>title; description</td><td>{@code cac:ProcurementProject/cbc:Name}, {@code cbc:Description}, in the
 * notice's language (BT-21, BT-24)</td></tr>
 * <tr><td>CPV codes</td><td>{@code cac:MainCommodityClassification} and {@code cac:AdditionalCommodityClassification}
 * of the procedure and of each lot (BT-262, BT-263)</td></tr>
 * <tr><td>lots</td><td>{@code cac:ProcurementProjectLot[cbc:ID/@schemeName='Lot']} (groups of lots are not
 * lots)</td></tr>
 * <tr><td>place</td><td>{@code cac:RealizedLocation/cac:Address}: NUTS code, postcode, country (BT-5071, BT-5121,
 * BT-5141), the procedure's or else a lot's</td></tr>
 * <tr><td>buyer</td><td>the {@code efac:Organization} that {@code cac:ContractingParty} names: its name (BT-500) and
 * {@code CompanyID} (BT-501) when it is a SIRET</td></tr>
 * <tr><td>deadline</td><td>the earliest {@code TenderSubmissionDeadlinePeriod} of the lots (BT-131), or else their
 * {@code ParticipationRequestReceptionPeriod} (BT-1311)</td></tr>
 * <tr><td>estimated value</td><td>{@code cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount} of the
 * procedure, or else the sum of its lots' (BT-27)</td></tr>
 * <tr><td>publication date</td><td>{@code efac:Publication/efbc:PublicationDate} once published, else
 * {@code cbc:IssueDate}</td></tr>
 * <tr><td>URL</td><td>the notice on TED once published ({@code efbc:NoticePublicationID}), else the procurement
 * documents (BT-15), else the buyer's profile (BT-508)</td></tr>
 * </table>
 *
 * <p>Every field but the id and a title or description is optional, as in eForms: a notice lacking one is read, and
 * the gap is among its reading issues. A notice larger than the limit is not read: it comes out with its problem.
 * DTDs and external entities are not read.
 */
public final class EformsNotices implements Closeable {

    /** The source of eForms tenders; the notice id (a UUID) is unique across publishers. */
    public static final String SOURCE = NoticeFields.SOURCE;

    private static final String UBL = "urn:oasis:names:specification:ubl:schema:xsd:";
    private static final String CONTRACT_NOTICE = "ContractNotice";
    private static final String EXT = "UBLExtensions/UBLExtension/ExtensionContent/EformsExtension/";
    private static final String ORGANISATION = EXT + "Organizations/Organization";
    private static final String COMPANY = ORGANISATION + "/Company/";
    private static final String PROJECT = "ProcurementProject/";
    private static final String LOT = "ProcurementProjectLot";
    private static final String LOT_PROJECT = LOT + "/ProcurementProject/";
    private static final String DOCUMENT = LOT + "/TenderingTerms/CallForTendersDocumentReference";

    /**
     * One notice of the file.
     *
     * @param position its rank in the file, from 1
     * @param noticeId its id, when it gives one
     * @param version  its version, when it gives one
     * @param notice   what it says, unless it could not be read
     * @param problem  why it could not be read, if so
     */
    public record Read(long position, Optional<String> noticeId, Optional<String> version,
            Optional<TenderNotice> notice, Optional<String> problem) {
    }

    private final XMLStreamReader xml;
    private final long limit;
    private final String root;
    private final boolean wrapped;
    private long position;
    private boolean finished;
    private boolean pending;

    private EformsNotices(XMLStreamReader xml, long limit) {
        this.xml = xml;
        this.limit = limit;
        this.root = xml.getLocalName();
        this.wrapped = !isContractNotice();
    }

    /**
     * Opens a file of XML, reading as far as its root element. Closing the reader does not close the text.
     *
     * @param maxNoticeChars the largest notice read, in characters
     * @throws NotAContractNoticeException if its root is another eForms notice (an award notice, a prior information
     *                                     notice), or neither a notice nor an element whose first child is one
     * @throws UnreadableNoticeException   if it is not well-formed XML
     */
    public static EformsNotices open(Reader text, long maxNoticeChars) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(text);
            while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
                // the prolog: declaration, comments
            }
            if (!xml.isStartElement()) {
                throw new UnreadableNoticeException("it holds no XML element", null);
            }
            EformsNotices notices = new EformsNotices(xml, maxNoticeChars);
            otherNotice(xml).ifPresent(other -> {
                throw new NotAContractNoticeException(other);
            });
            if (notices.wrapped) {
                notices.firstChild();
            }
            return notices;
        } catch (XMLStreamException e) {
            throw unreadable(e);
        }
    }

    /**
     * The next notice, or nothing at the end of the file. A child of the root that is another kind of eForms notice
     * comes out with its problem; other children are passed over.
     *
     * @throws UnreadableNoticeException if the file stops being well-formed XML (the notices before were read)
     */
    public Optional<Read> next() {
        try {
            if (finished) {
                return Optional.empty();
            }
            if (!wrapped) {
                finished = true;
                position = 1;
                return Optional.of(notice());
            }
            while (true) {
                int event = pending ? XMLStreamConstants.START_ELEMENT : xml.next();
                pending = false;
                if (event == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (isContractNotice()) {
                    position++;
                    return Optional.of(notice());
                }
                Optional<String> other = otherNotice(xml);
                if (other.isPresent()) {
                    position++;
                    skip();
                    return Optional.of(new Read(position, Optional.empty(), Optional.empty(), Optional.empty(),
                            Optional.of("it is " + other.get() + ", not a contract notice")));
                }
                skip();
            }
            finished = true;
            return Optional.empty();
        } catch (XMLStreamException e) {
            throw unreadable(e);
        }
    }

    /**
     * Goes to the first element within a root that is not a notice: a notice, or else the file is refused as soon
     * as that is known.
     */
    private void firstChild() throws XMLStreamException {
        int event = xml.next();
        while (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
            event = xml.next();
        }
        if (event == XMLStreamConstants.END_ELEMENT || !isContractNotice() && otherNotice(xml).isEmpty()) {
            throw new NotAContractNoticeException("an XML document that is not an eForms contract notice (its root"
                    + " element is " + root + ")");
        }
        pending = true;
    }

    private boolean isContractNotice() {
        return CONTRACT_NOTICE.equals(xml.getLocalName())
                && (UBL + CONTRACT_NOTICE + "-2").equals(xml.getNamespaceURI());
    }

    private static Optional<String> otherNotice(XMLStreamReader xml) {
        String namespace = xml.getNamespaceURI();
        String name = xml.getLocalName();
        if (namespace != null && namespace.equals(UBL + name + "-2") && name.endsWith("Notice")
                && !CONTRACT_NOTICE.equals(name)) {
            return Optional.of("an eForms " + name);
        }
        return Optional.empty();
    }

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    /** Reads the notice whose start the reader is on, up to its end. */
    private Read notice() throws XMLStreamException {
        long start = xml.getLocation().getCharacterOffset();
        NoticeFields fields = new NoticeFields();
        Deque<String> path = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        Attributes attributes = Attributes.NONE;
        while (true) {
            int event = xml.next();
            if (xml.getLocation().getCharacterOffset() - start > limit) {
                skipRest(path.size());
                return new Read(position, Optional.ofNullable(fields.noticeId), Optional.ofNullable(fields.version),
                        Optional.empty(), Optional.of("it is larger than the " + limit
                                + " characters accepted for one notice"));
            }
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    path.addLast(xml.getLocalName());
                    attributes = Attributes.of(xml);
                    text.setLength(0);
                    started(fields, String.join("/", path));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    if (path.isEmpty()) {
                        return new Read(position, Optional.ofNullable(fields.noticeId),
                                Optional.ofNullable(fields.version), Optional.of(fields.notice()), Optional.empty());
                    }
                    ended(fields, String.join("/", path), attributes, value(text));
                    path.removeLast();
                }
                default -> {
                    // comments and processing instructions carry no field
                }
            }
        }
    }

    private void skipRest(int open) throws XMLStreamException {
        int depth = open + 1;
        while (depth > 0) {
            int event = xml.next();
            depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    /** The attributes of a leaf element that say what its text is. */
    private record Attributes(String scheme, String list, String currency, String language) {

        static final Attributes NONE = new Attributes(null, null, null, null);

        static Attributes of(XMLStreamReader xml) {
            return xml.getAttributeCount() == 0 ? NONE : new Attributes(xml.getAttributeValue(null, "schemeName"),
                    xml.getAttributeValue(null, "listName"), xml.getAttributeValue(null, "currencyID"),
                    xml.getAttributeValue(null, "languageID"));
        }
    }

    private static void started(NoticeFields fields, String path) {
        if (path.equals(LOT)) {
            fields.lots.add(new NoticeFields.Lot());
        } else if (path.equals(ORGANISATION)) {
            fields.organisations.add(new NoticeFields.Organisation());
        } else if (path.equals(DOCUMENT)) {
            lastLot(fields).documentType = null;
            lastLot(fields).documentUri = null;
        }
    }

    private static void ended(NoticeFields fields, String path, Attributes attributes, String value) {
        if (path.startsWith(PROJECT)) {
            project(fields.procedure, path.substring(PROJECT.length()), attributes, value);
        } else if (path.startsWith(LOT_PROJECT)) {
            project(lastLot(fields).project, path.substring(LOT_PROJECT.length()), attributes, value);
        } else if (path.startsWith(LOT + "/")) {
            lot(lastLot(fields), path.substring(LOT.length() + 1), attributes, value);
        } else if (path.startsWith(COMPANY)) {
            organisation(fields.organisations.get(fields.organisations.size() - 1),
                    path.substring(COMPANY.length()), value);
        } else if (value != null) {
            notice(fields, path, attributes, value);
        }
    }

    private static void notice(NoticeFields fields, String path, Attributes attributes, String value) {
        switch (path) {
            case "ID" -> {
                if (attributes.scheme() == null || "notice-id".equals(attributes.scheme())) {
                    fields.noticeId = value;
                }
            }
            case "VersionID" -> fields.version = value;
            case "NoticeLanguageCode" -> fields.language = value;
            case "IssueDate" -> fields.issueDate = value;
            case EXT + "Publication/NoticePublicationID" -> fields.publicationId = value;
            case EXT + "Publication/PublicationDate" -> fields.publicationDate = value;
            case "ContractingParty/Party/PartyIdentification/ID" -> fields.buyerReference =
                    first(fields.buyerReference, value);
            case "ContractingParty/BuyerProfileURI" -> fields.buyerProfile = first(fields.buyerProfile, value);
            default -> {
                // not a field the market watch takes
            }
        }
    }

    private static void organisation(NoticeFields.Organisation organisation, String path, String value) {
        switch (path) {
            case "PartyIdentification/ID" -> organisation.id = first(organisation.id, value);
            case "PartyName/Name" -> organisation.name = first(organisation.name, NoticeFields.normalise(value));
            case "PartyLegalEntity/CompanyID" -> organisation.companyId = first(organisation.companyId, value);
            default -> {
                // not a field the market watch takes
            }
        }
    }

    private static void lot(NoticeFields.Lot lot, String path, Attributes attributes, String value) {
        switch (path) {
            case "ID" -> {
                lot.id = value;
                lot.group = "LotsGroup".equals(attributes.scheme());
            }
            case "TenderingProcess/TenderSubmissionDeadlinePeriod/EndDate" -> lot.tenderDate = value;
            case "TenderingProcess/TenderSubmissionDeadlinePeriod/EndTime" -> lot.tenderTime = value;
            case "TenderingProcess/ParticipationRequestReceptionPeriod/EndDate" -> lot.requestDate = value;
            case "TenderingProcess/ParticipationRequestReceptionPeriod/EndTime" -> lot.requestTime = value;
            case "TenderingTerms/CallForTendersDocumentReference/DocumentType" -> lot.documentType = value;
            case "TenderingTerms/CallForTendersDocumentReference/Attachment/ExternalReference/URI" ->
                    lot.documentUri = value;
            case "TenderingTerms/CallForTendersDocumentReference" -> {
                if ("non-restricted-document".equals(lot.documentType) && lot.documentUri != null) {
                    lot.documentsUrl = first(lot.documentsUrl, lot.documentUri);
                }
            }
            default -> {
                // not a field the market watch takes
            }
        }
    }

    private static void project(NoticeFields.Project project, String path, Attributes attributes, String value) {
        if (value == null) {
            return;
        }
        String language = attributes.language() == null ? "" : attributes.language();
        switch (path) {
            case "Name" -> project.titles.putIfAbsent(language, value);
            case "Description" -> project.descriptions.putIfAbsent(language, value);
            case "MainCommodityClassification/ItemClassificationCode",
                    "AdditionalCommodityClassification/ItemClassificationCode" -> {
                if (attributes.list() == null || "cpv".equalsIgnoreCase(attributes.list())) {
                    project.cpv.add(value);
                } else {
                    project.otherClassifications.add(attributes.list() + " " + value);
                }
            }
            case "RealizedLocation/Address/CountrySubentityCode" -> project.nuts = first(project.nuts, value);
            case "RealizedLocation/Address/PostalZone" -> project.postcode = first(project.postcode, value);
            case "RealizedLocation/Address/Country/IdentificationCode" ->
                    project.country = first(project.country, value);
            case "RequestedTenderTotal/EstimatedOverallContractAmount" -> {
                project.value = value;
                project.currency = attributes.currency();
            }
            default -> {
                // not a field the market watch takes
            }
        }
    }

    private static NoticeFields.Lot lastLot(NoticeFields fields) {
        return fields.lots.get(fields.lots.size() - 1);
    }

    private static String first(String current, String value) {
        return current != null ? current : value;
    }

    private static String value(StringBuilder text) {
        String value = text.toString().strip();
        return value.isEmpty() ? null : value;
    }

    private static UnreadableNoticeException unreadable(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int at = message.indexOf("Message: ");
        String detail = at >= 0 ? message.substring(at + "Message: ".length()).strip() : message.strip();
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber() + ", column "
                + e.getLocation().getColumnNumber();
        return new UnreadableNoticeException("it is not well-formed XML (" + detail + where + ")", e);
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw unreadable(e);
        }
    }
}
