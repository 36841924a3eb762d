package nl.nazorg.web;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a body whose declared length exceeds {@code quarkus.http.limits.max-body-size} with a 413
 * problem detail. Quarkus refuses it too, one route later, but with an empty body; this route runs just
 * before that one and answers the same status in the API's error format. A chunked body without a
 * length still meets Quarkus' own limit while it is read (413 without a body).
 */
@ApplicationScoped
public class OversizedBodyGuard {

    private final ObjectMapper json;

    public OversizedBodyGuard(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router,
                  @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit) {
        limit.ifPresent(max -> router.route()
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(context -> refuseIfLarger(context, max.asLongValue())));
    }

    private void refuseIfLarger(RoutingContext context, long max) {
        if (declaredLength(context) <= max) {
            context.next();
            return;
        }
        ProblemDetail problem = ProblemDetail.of(413,
                "The request body is larger than the " + max / 1024 + " KiB this API accepts.",
                context.request().path());
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE)
                // The rest of the body is never read, so the connection cannot carry another request.
                .putHeader("Connection", "close")
                .endHandler(ended -> context.request().connection().close())
                .end(Buffer.buffer(serialize(problem)));
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
