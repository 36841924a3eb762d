package nl.nazorg.web;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a body whose declared length exceeds its endpoint's limit ({@link BodyLimits}) with a 413 problem detail,
 * before a byte of it is handed on (the body is read and thrown away when {@link BodyLimits#discards} its length).
 * It runs just before Quarkus' own check of {@code quarkus.http.limits.max-body-size} (which answers 413 with an
 * empty body). A body without a length (chunked) is counted as it arrives by
 * {@link StreamingBodyLimit}.
 */
@ApplicationScoped
public class OversizedBodyGuard {

    /** Where Quarkus' upload-limit route leaves its cap for a body without a length (VertxHttpRecorder). */
    static final String QUARKUS_STREAMING_CAP = "io.quarkus.max-request-size";
    /** How long a refused body is read and thrown away at most: 4 MiB in 10 s is 3.4 Mbit/s. */
    static final Duration DISCARD_TIME = Duration.ofSeconds(10);

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
        HttpServerRequest request = context.request();
        long max = limits.limitFor(request.getHeader(HttpHeaders.CONTENT_TYPE));
        long declared = declaredLength(context);
        if (declared <= max) {
            context.next();
            return;
        }
        HttpServerResponse answer = context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE)
                // The body is not handed on, so the connection carries no other request.
                .putHeader("Connection", "close");
        if (request.isEnded() || !limits.discards(declared)) {
            answer.endHandler(ended -> request.connection().close());
        } else {
            // Answered at once, for a client that reads while it writes; closed once the body is read and thrown
            // away, so that a client that reads only after writing gets the answer rather than a reset connection.
            // A client that stops sending does not hold the connection: it is closed after DISCARD_TIME in any case.
            long deadline = context.vertx().setTimer(DISCARD_TIME.toMillis(), late -> request.connection().close());
            request.handler(ignored -> { })
                    .endHandler(read -> {
                        context.vertx().cancelTimer(deadline);
                        request.connection().close();
                    })
                    .resume();
        }
        answer.end(Buffer.buffer(serialize(BodyLimits.tooLarge(max, request.path()))));
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
