package nl.nazorg.campaign.tracking;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import nl.nazorg.campaign.config.CampaignConfig;
import nl.nazorg.events.campaign.ScannerSuspicion;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Tracked links: {@code GET /r/{token}} → 302 to the stored destination, the click queued for recording. */
@Path("/r")
@PermitAll
public class RedirectResource {

    @Inject
    LinkTokens tokens;

    @Inject
    ClickWriter clicks;

    @Inject
    CampaignConfig config;

    @Inject
    Clock clock;

    @GET
    @Path("{token}")
    @Operation(summary = "Follow a tracked link (public, token-protected)")
    public Uni<Response> follow(@PathParam("token") String token, @HeaderParam("User-Agent") String userAgent) {
        return redirect(token, userAgent, false);
    }

    @HEAD
    @Path("{token}")
    public Uni<Response> probe(@PathParam("token") String token, @HeaderParam("User-Agent") String userAgent) {
        return redirect(token, userAgent, true);
    }

    private Uni<Response> redirect(String token, String userAgent, boolean head) {
        Optional<String> key = LinkTokens.randomPart(token);
        if (key.isEmpty()) {
            return Uni.createFrom().item(NeutralPages.notFound());
        }
        Instant now = clock.instant();
        return Panache.withSession(() -> TrackedLink.<TrackedLink>findById(key.get())).map(link -> {
            if (link == null || !tokens.belongsTo(token, link.tenantId) || !now.isBefore(link.expiresAt)) {
                return NeutralPages.notFound();
            }
            clicks.enqueue(click(link, userAgent, head, now));
            return Response.status(Response.Status.FOUND).location(URI.create(link.destination))
                    .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
        });
    }

    private Click click(TrackedLink link, String userAgent, boolean head, Instant now) {
        Optional<ScannerSuspicion> suspicion = ScannerDetection.suspect(head, userAgent, link.createdAt, now,
                config.scanner().tooSoonAfterSend(), config.scanner().agents());
        Click click = new Click();
        click.clickId = UUID.randomUUID();
        click.tenantId = link.tenantId;
        click.campaignId = link.campaignId;
        click.variant = link.variant;
        click.sendId = link.sendId;
        click.clientId = link.clientId;
        click.signalId = link.signalId;
        click.linkId = link.linkId;
        click.clickedAt = now;
        click.suspectedScanner = suspicion.isPresent();
        click.scannerReason = suspicion.orElse(null);
        return click;
    }
}
