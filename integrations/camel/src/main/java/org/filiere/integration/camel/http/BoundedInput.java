package org.filiere.integration.camel.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams that refuse to go past a size limit: reading a byte beyond the limit fails with a
 * {@link BodyTooLargeException} naming what was read, rather than truncating silently.
 */
public final class BoundedInput extends FilterInputStream {

    private final long limit;
    private final String what;
    private long count;

    private BoundedInput(InputStream in, long limit, String what) {
        super(in);
        this.limit = limit;
        this.what = what;
    }

    /**
     * The stream, failing once more than {@code maxBytes} were read from it.
     *
     * @param what names the stream in the failure ({@code The answer of https://...}, {@code File annuaire.json})
     */
    public static InputStream of(InputStream in, long maxBytes, String what) {
        return new BoundedInput(in, maxBytes, what);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) throws BodyTooLargeException {
        count += n;
        if (count > limit) {
            throw new BodyTooLargeException(what + " is larger than the " + limit + " bytes accepted");
        }
    }
}
