package nl.nazorg.campaign.tracking;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The one answer for every unknown, expired, tampered or foreign token: it says nothing about why. */
public final class NeutralPages {

    private static final String NOT_FOUND = """
            <!DOCTYPE html>
            <html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Link niet geldig</title></head>
            <body style="font-family:Arial,Helvetica,sans-serif;max-width:600px;margin:2em auto;padding:0 1em">
            <h1>Deze link werkt niet (meer)</h1>
            <p>De link is verlopen of niet volledig. Neem gerust contact op met uw adviseur.</p>
            <p lang="en">This link has expired or is incomplete. Please contact your adviser.</p>
            </body></html>
            """;

    private NeutralPages() {
    }

    public static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").entity(NOT_FOUND).build();
    }
}
