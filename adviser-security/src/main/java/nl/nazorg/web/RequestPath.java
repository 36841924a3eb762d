package nl.nazorg.web;

import jakarta.ws.rs.core.UriInfo;

/** The {@code instance} member of a problem: the path the client called, without the query (it may hold personal data). */
public final class RequestPath {

    private RequestPath() {
    }

    public static String of(UriInfo uriInfo) {
        try {
            return uriInfo == null ? null : "/" + uriInfo.getPath(true).replaceFirst("^/", "");
        } catch (RuntimeException beforeRouting) {
            // Proactive authentication can fail before the request is matched to a resource.
            return null;
        }
    }
}
