package nl.nazorg.campaign.tracking;

import nl.nazorg.events.campaign.ScannerSuspicion;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a click looks like a mail-security scanner rather than a person (DESIGN.md §5): a HEAD request, a known
 * scanner's user agent (or none at all), or a click within seconds of sending.
 */
public final class ScannerDetection {

    private ScannerDetection() {
    }

    public static Optional<ScannerSuspicion> suspect(boolean head, String userAgent, Instant sentAt, Instant clickedAt,
                                                     Duration tooSoon, List<String> scannerAgents) {
        if (head) {
            return Optional.of(ScannerSuspicion.HEAD_REQUEST);
        }
        if (userAgent == null || userAgent.isBlank()) {
            return Optional.of(ScannerSuspicion.KNOWN_SCANNER_AGENT);
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        for (String scanner : scannerAgents) {
            if (!scanner.isBlank() && agent.contains(scanner.toLowerCase(Locale.ROOT).trim())) {
                return Optional.of(ScannerSuspicion.KNOWN_SCANNER_AGENT);
            }
        }
        if (sentAt != null && Duration.between(sentAt, clickedAt).compareTo(tooSoon) < 0) {
            return Optional.of(ScannerSuspicion.TOO_SOON_AFTER_SEND);
        }
        return Optional.empty();
    }
}
