package org.filiere.integration.tenders;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.filiere.watch.FieldIssue;

/**
 * The text of a feed file, decoded as it streams: UTF-8 as the formats require (a byte order mark is skipped), or,
 * from the first byte that is not UTF-8 on, ISO-8859-1 for the files that were saved in it, which is said.
 */
final class FeedText extends Reader {

    /** What is said of a file read as ISO-8859-1. */
    static final FieldIssue LATIN1 = new FieldIssue("file encoding", "",
            "the file is not UTF-8; it was read as ISO-8859-1 (Latin-1)");

    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private boolean latin1;
    private boolean started;
    private boolean end;
    private boolean flushed;

    FeedText(InputStream in) {
        this.in = in;
    }

    /** The note saying the file was read as ISO-8859-1, once it was. */
    Optional<FieldIssue> note() {
        return latin1 ? Optional.of(LATIN1) : Optional.empty();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            if (flushed) {
                return -1;
            }
            if (!started && !end) {
                fill();
                continue;
            }
            CoderResult result = decoder.decode(bytes, out, end);
            if (result.isError()) {
                latin1 = true;
                decoder = StandardCharsets.ISO_8859_1.newDecoder();
            } else if (result.isUnderflow()) {
                if (end) {
                    decoder.flush(out);
                    flushed = true;
                } else {
                    fill();
                }
            }
        }
        return out.position() - offset;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            end = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
        if (!started && (bytes.remaining() >= 3 || end)) {
            started = true;
            if (bytes.remaining() >= 3 && (bytes.get(0) & 0xff) == 0xef && (bytes.get(1) & 0xff) == 0xbb
                    && (bytes.get(2) & 0xff) == 0xbf) {
                bytes.position(3);
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
