package nl.nazorg.web;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The headers of every answer a client's browser gets from a link in an e-mail (tracked links, unsubscribe pages,
 * survey pages): never cached, never framed, never sniffed, and the token in the URL never passed on to another site
 * as a referrer. The policy allows inline styles (the pages have no style sheet) and forms posting back to the page.
 */
public final class PublicPageHeaders {

    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";

    private static final Map<String, String> HEADERS = Map.of(
            "Cache-Control", "no-store",
            "Referrer-Policy", "no-referrer",
            "X-Robots-Tag", "noindex, nofollow",
            "X-Content-Type-Options", "nosniff",
            "Content-Security-Policy", CONTENT_SECURITY_POLICY);

    private PublicPageHeaders() {
    }

    /** Hands each header to {@code header}: a JAX-RS response builder's or a Vert.x response's {@code header}. */
    public static void apply(BiConsumer<String, String> header) {
        HEADERS.forEach(header);
    }
}
