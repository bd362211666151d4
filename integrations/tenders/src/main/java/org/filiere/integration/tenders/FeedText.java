package org.filiere.integration.tenders;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.filiere.watch.FieldIssue;

/**
 * The text of a feed file: UTF-8 as the formats require (a byte order mark is skipped), or ISO-8859-1 for the
 * files that were saved in it, which is said.
 */
final class FeedText {

    private FeedText() {
    }

    /**
     * A file's text and, if it was not UTF-8, the note saying how it was read.
     *
     * @param text the text
     * @param note the note, if any
     */
    record Decoded(String text, Optional<FieldIssue> note) {
    }

    static Decoded decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
            return new Decoded(text, Optional.empty());
        } catch (CharacterCodingException notUtf8) {
            String text = new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
            return new Decoded(text, Optional.of(new FieldIssue("file encoding", "",
                    "the file is not UTF-8; it was read as ISO-8859-1 (Latin-1)")));
        }
    }
}
