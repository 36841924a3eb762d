package nl.nazorg.benchmarks.redirect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;

import org.junit.jupiter.api.Test;

/** wrk 4.1.0 (Debian) summaries as it printed them against small local servers. */
class WrkTest {

    @Test
    void everyRequestIsRightWhenNoErrorLineIsPrinted() {
        Wrk.Throughput run = Wrk.summary("""
                Running 2s test @ http://localhost:18999/a.txt
                  2 threads and 64 connections
                  Thread Stats   Avg      Stdev     Max   +/- Stdev
                    Latency    15.65ms   74.23ms 838.70ms   96.70%
                    Req/Sec   777.03    405.70     1.52k    67.57%
                  2873 requests in 2.00s, 527.83KB read
                Requests/sec:   1435.61
                Transfer/sec:    263.75KB
                """);
        assertThat(run.correct()).isEqualTo(2873);
        assertThat(run.wrong()).isZero();
        assertThat(run.failed()).isZero();
        assertThat(run.requestsPerSecond()).isEqualTo(1435.61);
    }

    @Test
    void statusesOf400OrMoreAreWrongAndNotInTheRate() {
        Wrk.Throughput run = Wrk.summary("""
                  3358 requests in 2.01s, 1.13MB read
                  Non-2xx or 3xx responses: 1680
                Requests/sec:   1674.70
                Transfer/sec:    579.11KB
                """);
        assertThat(run.correct()).isEqualTo(1678);
        assertThat(run.wrong()).isEqualTo(1680);
        // 1674.70 × 1678 / 3358
        assertThat(run.requestsPerSecond()).isCloseTo(836.85, offset(0.01));
    }

    @Test
    void lateAnswersAreAmongTheRequestsButFailed() {
        Wrk.Throughput run = Wrk.summary("""
                  8 requests in 3.01s, 496.00B read
                  Socket errors: connect 0, read 0, write 0, timeout 8
                Requests/sec:      2.66
                """);
        assertThat(run.correct()).isZero();
        assertThat(run.failed()).isEqualTo(8);
        assertThat(run.requestsPerSecond()).isZero();
    }

    @Test
    void socketErrorsAreFailedWithoutAnyRequest() {
        Wrk.Throughput run = Wrk.summary("""
                  0 requests in 2.10s, 0.00B read
                  Socket errors: connect 1, read 8460, write 2, timeout 0
                Requests/sec:      0.00
                """);
        assertThat(run.correct()).isZero();
        assertThat(run.failed()).isEqualTo(8463);
        assertThat(run.requestsPerSecond()).isZero();
    }

    @Test
    void anOutputWithoutASummaryIsRefused() {
        assertThatThrownBy(() -> Wrk.summary("unable to connect to localhost:18999 Connection refused"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("requests in");
    }

    @Test
    void theScriptTakesThePathsInTurnWithABrowserUserAgent() {
        String script = Wrk.script(List.of("/r/abc_-1", "/"));
        assertThat(script).contains("  \"/r/abc_-1\",\n  \"/\",\n")
                .contains("[\"User-Agent\"] = \"" + HttpLoad.BROWSER + "\"")
                .contains("turn = turn % #requests + 1")
                .doesNotContain("response");
    }
}
