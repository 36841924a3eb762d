package nl.nazorg.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a body whose declared length exceeds its endpoint's limit ({@link BodyLimits}) with a 413 problem detail,
 * before a byte of it is read. It runs just before Quarkus' own check of {@code quarkus.http.limits.max-body-size}
 * (which answers 413 with an empty body). A body without a length (chunked) is counted as it arrives by
 * {@link StreamingBodyLimit}.
 */
@ApplicationScoped
public class OversizedBodyGuard {

    /** Where Quarkus' upload-limit route leaves its cap for a body without a length (VertxHttpRecorder). */
    static final String QUARKUS_STREAMING_CAP = "io.quarkus.max-request-size";

    private final ObjectMapper json;
    private final BodyLimits limits;

    public OversizedBodyGuard(ObjectMapper json, BodyLimits limits) {
        this.json = json;
        this.limits = limits;
    }

    void register(@Observes Router router) {
        router.route()
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(this::refuseIfLarger);
        router.route()
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1)
                .handler(this::leaveChunkedBodiesToTheStreamingLimit);
    }

    /**
     * Quarkus caps a body without a length by the bytes the connection received, which run ahead of the bytes read:
     * at the same limit it would answer first, with an empty 413. Its cap stays as a backstop at twice the
     * endpoint's limit, so {@link StreamingBodyLimit} answers with the problem.
     */
    private void leaveChunkedBodiesToTheStreamingLimit(RoutingContext context) {
        if (context.get(QUARKUS_STREAMING_CAP) != null) {
            context.put(QUARKUS_STREAMING_CAP, 2 * limits.limitFor(context.request().getHeader(HttpHeaders.CONTENT_TYPE)));
        }
        context.next();
    }

    private void refuseIfLarger(RoutingContext context) {
        long max = limits.limitFor(context.request().getHeader(HttpHeaders.CONTENT_TYPE));
        if (declaredLength(context) <= max) {
            context.next();
            return;
        }
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE)
                // The rest of the body is never read, so the connection cannot carry another request.
                .putHeader("Connection", "close")
                .endHandler(ended -> context.request().connection().close())
                .end(Buffer.buffer(serialize(BodyLimits.tooLarge(max, context.request().path()))));
    }

    private static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException malformed) {
            return -1; // Left to Quarkus and Netty, which refuse a malformed length themselves.
        }
    }

    private byte[] serialize(ProblemDetail problem) {
        try {
            return json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem detail could not be written as JSON", e);
        }
    }
}
