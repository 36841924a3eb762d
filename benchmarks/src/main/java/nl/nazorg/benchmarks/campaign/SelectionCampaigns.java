package nl.nazorg.benchmarks.campaign;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import nl.nazorg.benchmarks.measure.Poll;
import nl.nazorg.benchmarks.platform.BenchmarkPlatform;
import nl.nazorg.benchmarks.platform.HeldInMemory;
import nl.nazorg.launcher.PlatformService;
import nl.nazorg.launcher.api.PlatformClient;

/**
 * Selection campaigns through campaign-service's adviser API, as an adviser front end calls it: a personal survey
 * invitation (the shipped SURVEY_SATISFACTION template, a signed survey link rewritten to a tracked link) to every
 * contact of the firm.
 */
public final class SelectionCampaigns {

    private final BenchmarkPlatform platform;
    private final PlatformClient adviser;

    public SelectionCampaigns(BenchmarkPlatform platform, String tenant) {
        this.platform = platform;
        this.adviser = platform.adviser(tenant);
    }

    /** Creates the campaign (not launched yet); answers its id. */
    public String create(String name) {
        return adviser.post(api("/campaigns"), PlatformClient.toJson(Map.of("name", name, "kind", "SURVEY",
                "templateId", "builtin:SURVEY_SATISFACTION", "messageClass", "SERVICE",
                "surveyId", "client-satisfaction"))).json(201).get("id").asText();
    }

    /** Plans every recipient (the request returns once planned); answers how many were planned. */
    public long launch(String campaignId) {
        return adviser.post(api("/campaigns/" + campaignId + "/launch"), "{}").json(200).get("planned").asLong();
    }

    /** Renders {@code sample} e-mails of the campaign without sending anything. */
    public void preview(String campaignId, int sample) {
        adviser.post(api("/campaigns/" + campaignId + "/preview?sample=" + sample), "{}").expect(200);
    }

    /** The campaign's totals ({@code sent}, {@code failed}, ...). */
    public JsonNode totals(String campaignId) {
        return adviser.get(api("/campaigns/" + campaignId + "/stats")).json(200).get("total");
    }

    /** Waits until the statistics count {@code expected} e-mails sent (results are recorded in groups). */
    public JsonNode awaitSent(String campaignId, long expected, Duration timeout) {
        JsonNode[] last = {null};
        return Poll.until("campaign statistics: " + expected + " sent", timeout, () -> {
            last[0] = totals(campaignId);
            return last[0].get("sent").asLong() + last[0].get("failed").asLong() >= expected ? last[0] : null;
        }, () -> String.valueOf(last[0]));
    }

    /** How long SMTP's acceptance of the campaign's e-mails was known only to the sending JVM. */
    public HeldInMemory unrecorded(String campaignId) {
        return HeldInMemory.read(platform.database("campaign"), "send_log", "sent_at", "recorded_at",
                "campaign_id = cast(? AS uuid) AND status = 'SENT'", campaignId);
    }

    private String api(String path) {
        return platform.url(PlatformService.CAMPAIGN, "/api/v1" + path);
    }
}
