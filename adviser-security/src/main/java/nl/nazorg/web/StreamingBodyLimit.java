package nl.nazorg.web;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * Holds every request body to its endpoint's limit ({@link BodyLimits}) while it is read, whether or not it declared
 * a length: a chunked body is counted as its bytes arrive and refused with a 413 problem the moment it passes the
 * limit, before the resource is invoked. The rest of the body is never read, so an HTTP/1.1 connection is closed
 * after the answer.
 */
@Provider
public class StreamingBodyLimit implements ReaderInterceptor {

    @Inject
    BodyLimits limits;

    @Inject
    RoutingContext routing;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long limit = limits.limitFor(context.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE));
        BoundedInputStream body = new BoundedInputStream(context.getInputStream(), limit);
        context.setInputStream(body);
        try {
            return context.proceed();
        } catch (IOException | RuntimeException failure) {
            if (body.exceeded()) {
                throw refusal(limit);
            }
            throw failure;
        }
    }

    private WebApplicationException refusal(long limit) {
        Response.ResponseBuilder answer = BodyLimits.tooLarge(limit, routing.request().path()).toResponseBuilder();
        if (routing.request().version() != HttpVersion.HTTP_2) {
            // HTTP/2 resets just the stream; HTTP/1.1 cannot carry another request behind an unread body.
            answer.header("Connection", "close");
            routing.addEndHandler(ended -> routing.request().connection().close());
        }
        return new WebApplicationException(answer.build());
    }
}
