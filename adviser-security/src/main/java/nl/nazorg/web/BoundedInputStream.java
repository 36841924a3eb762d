package nl.nazorg.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A body stream that counts the bytes as they are read and fails as soon as they exceed the limit, so a body
 * without a {@code Content-Length} (chunked) is never read beyond it.
 */
final class BoundedInputStream extends FilterInputStream {

    /** The failure a reader sees; whoever wraps the stream asks {@link #exceeded()} rather than trusting it. */
    static final class LimitExceeded extends IOException {
        LimitExceeded(long limit) {
            super("The request body exceeds " + limit + " bytes");
        }
    }

    private final long limit;
    private long count;
    private boolean exceeded;

    BoundedInputStream(InputStream body, long limit) {
        super(body);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int read = super.read();
        if (read >= 0) {
            counted(1);
        }
        return read;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            counted(read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    boolean exceeded() {
        return exceeded;
    }

    private void counted(long bytes) throws LimitExceeded {
        count += bytes;
        if (count > limit) {
            exceeded = true;
            throw new LimitExceeded(limit);
        }
    }
}
