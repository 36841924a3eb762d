package nl.nazorg.client.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import nl.nazorg.web.ProblemDetail;

/**
 * A tighter body limit for everything but CSV. The service-wide limit ({@code quarkus.http.limits.max-body-size}) is
 * sized for a firm's CSV import; a JSON client or portfolio is a few KiB, so a JSON body above
 * {@code nazorg.client.json-body-limit} is refused with a 413 problem before it is read.
 */
@ApplicationScoped
public class JsonBodyLimit {

    private final ObjectMapper json;

    public JsonBodyLimit(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router,
                  @ConfigProperty(name = "nazorg.client.json-body-limit", defaultValue = "256K") MemorySize limit) {
        long max = limit.asLongValue();
        router.route()
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2)
                .handler(context -> refuseIfLarger(context, max));
    }

    private void refuseIfLarger(RoutingContext context, long max) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.toLowerCase().startsWith("text/csv") || declaredLength(context) <= max) {
            context.next();
            return;
        }
        ProblemDetail problem = ProblemDetail.of(413,
                "The request body is larger than the " + max / 1024 + " KiB this endpoint accepts.",
                context.request().path());
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .endHandler(ended -> context.request().connection().close())
                .end(Buffer.buffer(serialize(problem)));
    }

    private static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException malformed) {
            return -1;
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
