package nl.nazorg.launcher.flow;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.JsonNode;

import nl.nazorg.launcher.api.PlatformClient;
import nl.nazorg.launcher.api.ServiceUrls;

/**
 * Reads {@link FlowFigures} through the adviser APIs of the token's firm: the client count from client-service, the
 * worklist summary from portfolio-signal-service, and every campaign's statistics from campaign-service.
 */
public final class FlowReader {

    private final PlatformClient api;
    private final ServiceUrls urls;
    private final LongSupplier emailsReceived;

    /**
     * @param emailsReceived the SMTP server's count of received e-mails, or {@code null} where the mailbox is not at
     *                       hand (a demo story runs in another process than the SMTP server)
     */
    public FlowReader(PlatformClient api, ServiceUrls urls, LongSupplier emailsReceived) {
        this.api = api;
        this.urls = urls;
        this.emailsReceived = emailsReceived;
    }

    public FlowFigures read() {
        long clients = api.get(urls.clientApi("/clients?size=1")).json(200).path("total").asLong();
        Map<String, Long> openSignals = new HashMap<>();
        for (JsonNode line : api.get(urls.signalApi("/signals/summary")).json(200)) {
            if (line.path("count").asLong() > 0) {
                openSignals.put(line.path("type").asText(), line.path("count").asLong());
            }
        }
        return new FlowFigures(clients, openSignals, campaignTotals(),
                emailsReceived == null ? OptionalLong.empty() : OptionalLong.of(emailsReceived.getAsLong()));
    }

    /** The statistics of one campaign. */
    public CampaignTotals campaign(String campaignId) {
        return CampaignTotals.of(api.get(urls.campaignApi("/campaigns/" + campaignId + "/stats")).json(200));
    }

    private CampaignTotals campaignTotals() {
        CampaignTotals totals = CampaignTotals.NONE;
        for (JsonNode campaign : api.get(urls.campaignApi("/campaigns?size=200")).json(200)) {
            totals = totals.plus(campaign(campaign.path("id").asText()));
        }
        return totals;
    }
}
