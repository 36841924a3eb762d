package nl.nazorg.web;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * How large a request body may be, per kind of endpoint (DESIGN §8): a file import ({@code text/csv}) may use the
 * whole service-wide limit, {@code quarkus.http.limits.max-body-size}; every other body (JSON, text) is held to
 * {@code nazorg.http.limits.api-body-size} (256 KiB). The media type stands for the endpoint: Quarkus REST matches
 * {@code @Consumes} before it reads a byte, so a JSON endpoint never reads a body declared as CSV (415).
 * {@link OversizedBodyGuard} applies the limit to a declared length, {@link StreamingBodyLimit} to the bytes as
 * they arrive. A refused body of a declared length up to {@code nazorg.http.limits.discard-size} (4 MiB) is read and
 * thrown away, so that a client which writes its whole body before it reads (most do) gets the 413 problem instead of
 * a broken connection.
 */
@ApplicationScoped
public class BodyLimits {

    static final String FILE_IMPORT_TYPE = "text/csv";

    private final long fileImportLimit;
    private final long apiLimit;
    private final long discardLimit;

    public BodyLimits(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize fileImportLimit,
            @ConfigProperty(name = "nazorg.http.limits.api-body-size", defaultValue = "256K") MemorySize apiLimit,
            @ConfigProperty(name = "nazorg.http.limits.discard-size", defaultValue = "4M") MemorySize discardLimit) {
        this.fileImportLimit = fileImportLimit.asLongValue();
        this.apiLimit = Math.min(apiLimit.asLongValue(), this.fileImportLimit);
        this.discardLimit = discardLimit.asLongValue();
    }

    /** The most bytes a body of this {@code Content-Type} (may be {@code null}) may have. */
    public long limitFor(String contentType) {
        boolean fileImport = contentType != null
                && contentType.trim().toLowerCase(Locale.ROOT).startsWith(FILE_IMPORT_TYPE);
        return fileImport ? fileImportLimit : apiLimit;
    }

    /** Whether a refused body that declared this length is read to its end and thrown away before the close. */
    public boolean discards(long declaredLength) {
        return declaredLength <= discardLimit;
    }

    /** The 413 problem for a body over {@code limit}. */
    public static ProblemDetail tooLarge(long limit, String path) {
        return ProblemDetail.of(413, "The request body is larger than the " + limit / 1024
                + " KiB this endpoint accepts.", path);
    }
}
