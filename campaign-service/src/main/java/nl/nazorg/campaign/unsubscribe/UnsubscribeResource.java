package nl.nazorg.campaign.unsubscribe;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.nazorg.campaign.tracking.NeutralPages;
import nl.nazorg.events.campaign.UnsubscribeChannel;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Unsubscribe links (public, token-protected). GET only shows the question (scanners follow links, so a GET never
 * changes anything); POST unsubscribes at once — the page's button and the RFC 8058 one-click POST alike.
 */
@Path("/u")
@PermitAll
public class UnsubscribeResource {

    @Inject
    UnsubscribeService unsubscribes;

    @GET
    @Path("{token}")
    @Operation(summary = "Unsubscribe confirmation page; changes nothing")
    public Uni<Response> page(@PathParam("token") String token) {
        return unsubscribes.find(token).map(send -> send.isEmpty() ? NeutralPages.notFound()
                : NeutralPages.page(UnsubscribePages.confirm(token)));
    }

    @POST
    @Path("{token}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Unsubscribe from marketing e-mail (also the RFC 8058 one-click POST)")
    public Uni<Response> unsubscribe(@PathParam("token") String token, String body) {
        UnsubscribeChannel channel = body != null && body.contains("List-Unsubscribe=One-Click")
                ? UnsubscribeChannel.ONE_CLICK : UnsubscribeChannel.PAGE;
        return unsubscribes.unsubscribe(token, channel).map(done -> done ? NeutralPages.page(UnsubscribePages.done()) : NeutralPages.notFound());
    }
}
