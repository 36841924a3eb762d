package nl.nazorg.launcher.flow;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What campaigns did, from campaign-service's statistics ({@code GET /api/v1/campaigns/{id}/stats}, {@code total}):
 * e-mails sent, still to send or failed, adviser tasks, and clients held back by reason (no consent, frequency cap,
 * ...). Summed over campaigns with {@link #plus}.
 */
public record CampaignTotals(long sent, long pending, long failed, long awaitingApproval, long adviserTasks,
        Map<String, Long> heldBack) {

    public static final CampaignTotals NONE = new CampaignTotals(0, 0, 0, 0, 0, Map.of());

    public CampaignTotals {
        heldBack = Map.copyOf(heldBack);
    }

    /** The {@code total} of one campaign's statistics. */
    public static CampaignTotals of(JsonNode stats) {
        JsonNode total = stats.path("total");
        Map<String, Long> heldBack = new TreeMap<>();
        total.path("suppressedByReason").properties().forEach(e -> heldBack.put(e.getKey(), e.getValue().asLong()));
        return new CampaignTotals(total.path("sent").asLong(), total.path("pending").asLong(),
                total.path("failed").asLong(), total.path("awaitingApproval").asLong(),
                total.path("adviserTasks").asLong(), heldBack);
    }

    public CampaignTotals plus(CampaignTotals other) {
        return new CampaignTotals(sent + other.sent, pending + other.pending, failed + other.failed,
                awaitingApproval + other.awaitingApproval, adviserTasks + other.adviserTasks,
                combine(heldBack, other.heldBack, 1));
    }

    /** What changed since {@code before}, e.g. what one demo story caused. */
    public CampaignTotals minus(CampaignTotals before) {
        return new CampaignTotals(sent - before.sent, pending - before.pending, failed - before.failed,
                awaitingApproval - before.awaitingApproval, adviserTasks - before.adviserTasks,
                combine(heldBack, before.heldBack, -1));
    }

    public long heldBackTotal() {
        return heldBack.values().stream().mapToLong(Long::longValue).sum();
    }

    /** e.g. {@code 12 (NO_CONSENT 8, FREQUENCY_CAP 4)}. */
    public String heldBackText() {
        return heldBackTotal() + heldBackReasons();
    }

    /** e.g. {@code  (NO_CONSENT 8, FREQUENCY_CAP 4)}, largest first; empty when nobody was held back. */
    public String heldBackReasons() {
        if (heldBack.isEmpty()) {
            return "";
        }
        return heldBack.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ", " (", ")"));
    }

    private static Map<String, Long> combine(Map<String, Long> left, Map<String, Long> right, int sign) {
        Map<String, Long> result = new TreeMap<>(left);
        right.forEach((reason, n) -> result.merge(reason, sign * n, Long::sum));
        result.values().removeIf(n -> n == 0);
        return result;
    }
}
