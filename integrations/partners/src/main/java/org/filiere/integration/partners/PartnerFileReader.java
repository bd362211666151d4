package org.filiere.integration.partners;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

import org.filiere.integration.camel.http.BodyTooLargeException;
import org.filiere.integration.camel.http.BoundedInput;

/**
 * Reads a partner's file, whatever its format: schema.org JSON-LD, Popolo JSON and jCard are told apart by their
 * first bytes, iCalendar and vCard by their {@code BEGIN} line. The file streams through a size limit, each JSON
 * record through another; a file too large, of no known format, malformed or hostile is refused whole.
 */
public final class PartnerFileReader {

    private static final int SNIFF = 8192;
    private static final Pattern JCARD = Pattern.compile("^\\s*\\[\\s*(\\[\\s*)?\"vcard\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern JSON_LD = Pattern.compile("\"@(context|type|graph)\"\\s*:");

    private final PartnerLimits limits;
    private final ZoneId zone;

    public PartnerFileReader(PartnerLimits limits, ZoneId zone) {
        this.limits = limits;
        this.zone = zone;
    }

    /**
     * Reads a file.
     *
     * @param raw    its bytes, as a stream (it is closed)
     * @param origin names it in errors (file name or web address)
     * @throws UnreadablePartnerFileException if it is refused whole
     * @throws IOException                    if it cannot be read
     */
    public PartnerFile read(InputStream raw, String origin) throws IOException {
        try (InputStream in = new BufferedInputStream(BoundedInput.of(raw, limits.maxFileBytes(), origin), SNIFF)) {
            in.mark(SNIFF);
            byte[] head = in.readNBytes(SNIFF);
            in.reset();
            int bom = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb
                    && (head[2] & 0xff) == 0xbf ? 3 : 0;
            in.skipNBytes(bom);
            String start = new String(head, bom, head.length - bom, StandardCharsets.UTF_8).stripLeading();
            String upper = start.toUpperCase(Locale.ROOT);
            if (start.startsWith("{") || start.startsWith("[")) {
                if (JCARD.matcher(start).find()) {
                    return new ContactCardReader(limits.maxRecords()).read(utf8(in), origin, true);
                }
                if (JSON_LD.matcher(start).find()) {
                    return new JsonLdReader(zone, limits.maxRecordBytes()).read(in, origin);
                }
                return new PopoloReader(zone, limits.maxRecordBytes()).read(in, origin);
            }
            if (upper.startsWith("BEGIN:VCALENDAR")) {
                return new ICalendarReader(zone, limits.maxRecords()).read(utf8(in), origin);
            }
            if (upper.startsWith("BEGIN:VCARD")) {
                return new ContactCardReader(limits.maxRecords()).read(utf8(in), origin, false);
            }
            throw new UnreadablePartnerFileException(origin + " is in no format partners' files come in (schema.org "
                    + "JSON-LD, Popolo JSON, iCalendar, vCard, jCard)");
        } catch (BodyTooLargeException e) {
            throw new UnreadablePartnerFileException(e.getMessage(), e);
        } catch (UnreadablePartnerFileException e) {
            if (e.getCause() instanceof BodyTooLargeException tooLarge) {
                throw new UnreadablePartnerFileException(tooLarge.getMessage(), tooLarge);
            }
            throw e;
        }
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
