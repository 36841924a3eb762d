package nl.nazorg.campaign.stats;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code GET /api/v1/campaigns/{id}/stats}: totals, per A/B variant, and clicks per hour. */
public record CampaignStats(UUID campaignId, VariantStats total, Map<String, VariantStats> variants,
                            List<ClickBucket> clicksPerHour) {

    /** Clicks in one hour (UTC start), human and suspected scanner. */
    public record ClickBucket(Instant hour, long humanClicks, long scannerClicks) {
    }
}
