package nl.nazorg.campaign.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one variant (or the whole campaign). Selected = every client the campaign picked (one send-log row
 * each); awaiting profile = picked by a signal but the client's profile has not arrived yet, so not decided: neither
 * eligible nor suppressed; eligible = selected minus suppressed minus awaiting profile; click-through rate = unique
 * human clickers / sent, in percent.
 */
public final class VariantStats {

    public long selected;
    public long eligible;
    public long suppressed;
    public Map<String, Long> suppressedByReason = new TreeMap<>();
    public long awaitingProfile;
    public long awaitingApproval;
    public long pending;
    public long sent;
    public long failed;
    public long adviserTasks;
    public long uniqueHumanClickers;
    public long humanClicks;
    public long scannerClicks;
    public BigDecimal clickThroughRatePercent = BigDecimal.ZERO;
    public long unsubscribes;
    public long surveyResponses;

    void count(String status, String suppression, long n) {
        selected += n;
        switch (status) {
            case "SUPPRESSED" -> {
                suppressed += n;
                suppressedByReason.merge(suppression == null ? "UNKNOWN" : suppression, n, Long::sum);
            }
            case "AWAITING_PROFILE" -> awaitingProfile += n;
            case "AWAITING_APPROVAL" -> awaitingApproval += n;
            case "PENDING", "SENDING" -> pending += n;
            case "SENT" -> sent += n;
            case "FAILED" -> failed += n;
            case "TASK_CREATED" -> adviserTasks += n;
            default -> { }
        }
        eligible = selected - suppressed - awaitingProfile;
    }

    void finish() {
        clickThroughRatePercent = sent == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(uniqueHumanClickers * 100L).divide(BigDecimal.valueOf(sent), 2, RoundingMode.HALF_UP);
    }
}
