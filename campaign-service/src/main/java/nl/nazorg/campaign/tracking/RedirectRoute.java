package nl.nazorg.campaign.tracking;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.nazorg.campaign.config.CampaignConfig;
import nl.nazorg.events.campaign.ScannerSuspicion;
import nl.nazorg.web.PublicPageHeaders;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.nazorg.events.ids.TimeOrderedIds;

/**
 * The public routes of the link domain, on plain Vert.x routes (no JAX-RS, no ORM session): {@code GET|HEAD /r/{token}}
 * → 302 to the link's stored destination, the click queued for the {@link ClickWriter}; {@code GET /} → 302 to the
 * firm's website (someone who shortened a link to its host). Unknown, expired, erased, tampered and foreign tokens
 * all get the same neutral 404; the MAC is compared in constant time.
 */
@ApplicationScoped
public class RedirectRoute {

    private static final Logger LOG = Logger.getLogger(RedirectRoute.class);

    @Inject
    LinkTokens tokens;

    @Inject
    LinkDirectory directory;

    @Inject
    ClickWriter clicks;

    @Inject
    CampaignConfig config;

    @Inject
    Clock clock;

    void register(@Observes Router router) {
        router.get("/r/:token").handler(context -> follow(context, false));
        router.head("/r/:token").handler(context -> follow(context, true));
        router.get("/").handler(context -> redirect(context, config.sender().website()));
    }

    private void follow(RoutingContext context, boolean head) {
        String token = context.pathParam("token");
        Optional<String> key = LinkTokens.randomPart(token);
        if (key.isEmpty()) {
            NeutralPages.notFound(context.response());
            return;
        }
        Instant now = clock.instant();
        LinkTarget remembered = directory.remembered(key.get());
        if (remembered != null) {
            answer(context, token, remembered, head, now);   // no query, no Uni: the common case stays plain
            return;
        }
        directory.read(key.get()).subscribe().with(found -> answer(context, token, found.orElse(null), head, now),
                failure -> {
                    LOG.debugf("tracked link not readable: %s", failure);
                    context.response().setStatusCode(503).putHeader("Retry-After", "5").end();
                });
    }

    private void answer(RoutingContext context, String token, LinkTarget link, boolean head, Instant now) {
        if (link == null || !link.validAt(now) || !tokens.belongsTo(token, link.tenantId())) {
            NeutralPages.notFound(context.response());
            return;
        }
        clicks.enqueue(click(link, context.request().getHeader("User-Agent"), head, now));
        redirect(context, link.destination());
    }

    private static void redirect(RoutingContext context, String destination) {
        PublicPageHeaders.apply(context.response()::putHeader);
        context.response().setStatusCode(302).putHeader("Location", destination).end();
    }

    private Click click(LinkTarget link, String userAgent, boolean head, Instant now) {
        Optional<ScannerSuspicion> suspicion = ScannerDetection.suspect(head, userAgent, link.createdAt(), now,
                config.scanner().tooSoonAfterSend(), config.scanner().agents());
        Click click = new Click();
        click.clickId = TimeOrderedIds.next();
        click.tenantId = link.tenantId();
        click.campaignId = link.campaignId();
        click.variant = link.variant();
        click.sendId = link.sendId();
        click.clientId = link.clientId();
        click.signalId = link.signalId();
        click.linkId = link.linkId();
        click.clickedAt = now;
        click.suspectedScanner = suspicion.isPresent();
        click.scannerReason = suspicion.orElse(null);
        return click;
    }
}
