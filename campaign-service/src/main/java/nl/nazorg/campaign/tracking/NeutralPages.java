package nl.nazorg.campaign.tracking;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.nazorg.web.PublicPageHeaders;

import java.nio.charset.StandardCharsets;

/**
 * The one answer for every unknown, expired, erased, tampered or foreign token: it says nothing about why. The same
 * bytes and headers from the tracked-link route and from the unsubscribe resource.
 */
public final class NeutralPages {

    private static final String HTML = "text/html;charset=UTF-8";

    private static final byte[] NOT_FOUND = """
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Link niet geldig</title></head>
            <body style="font-family:Arial,Helvetica,sans-serif;max-width:600px;margin:2em auto;padding:0 1em">
            <h1>Deze link werkt niet (meer)</h1>
            <p>De link is verlopen of niet volledig. Neem gerust contact op met uw adviseur.</p>
            <p lang="en">This link has expired or is incomplete. Please contact your adviser.</p>
            </body></html>
            """.getBytes(StandardCharsets.UTF_8);

    private NeutralPages() {
    }

    public static Response notFound() {
        Response.ResponseBuilder response = Response.status(Response.Status.NOT_FOUND).type(HTML).entity(NOT_FOUND);
        PublicPageHeaders.apply(response::header);
        return response.build();
    }

    /** The same answer on a plain route. */
    public static void notFound(HttpServerResponse response) {
        PublicPageHeaders.apply(response::putHeader);
        response.setStatusCode(404).putHeader("Content-Type", HTML).end(Buffer.buffer(NOT_FOUND));
    }

    /** A page for the client (the unsubscribe pages), with the same headers. */
    public static Response page(String html) {
        Response.ResponseBuilder response = Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        PublicPageHeaders.apply(response::header);
        return response.build();
    }
}
