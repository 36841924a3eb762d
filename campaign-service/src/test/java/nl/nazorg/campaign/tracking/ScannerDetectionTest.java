package nl.nazorg.campaign.tracking;

import nl.nazorg.events.campaign.ScannerSuspicion;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScannerDetectionTest {

    private static final Instant SENT = Instant.parse("2026-11-22T10:00:00Z");
    private static final List<String> AGENTS = List.of("barracuda", "safelinks");
    private static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0) Firefox/130.0";

    @Test
    void flagsHeadKnownAgentsAndClicksTooSoon() {
        Duration window = Duration.ofSeconds(10);
        assertThat(ScannerDetection.suspect(true, BROWSER, SENT, SENT.plusSeconds(60), window, AGENTS)).contains(ScannerSuspicion.HEAD_REQUEST);
        assertThat(ScannerDetection.suspect(false, "Barracuda Sentinel", SENT, SENT.plusSeconds(60), window, AGENTS))
                .contains(ScannerSuspicion.KNOWN_SCANNER_AGENT);
        assertThat(ScannerDetection.suspect(false, BROWSER, SENT, SENT.plusSeconds(3), window, AGENTS))
                .contains(ScannerSuspicion.TOO_SOON_AFTER_SEND);
        assertThat(ScannerDetection.suspect(false, BROWSER, SENT, SENT.plusSeconds(60), window, AGENTS)).isEmpty();
    }

    @Test
    void linksAreRewrittenOncePerDestination() {
        LinkRewriter.Result result = LinkRewriter.rewrite("Zie https://a.nl/x. En https://a.nl/x, of https://b.nl!",
                destination -> "T(" + destination + ")");
        assertThat(result.body()).isEqualTo("Zie T(https://a.nl/x). En T(https://a.nl/x), of T(https://b.nl)!");
        assertThat(result.links()).extracting(LinkRewriter.Found::linkId).containsExactly("link-1", "link-2");
    }
}
