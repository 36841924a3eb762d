package nl.nazorg.benchmarks.endtoend;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;

import nl.nazorg.benchmarks.kafka.ConsumerLag;
import nl.nazorg.benchmarks.measure.CountMismatch;
import nl.nazorg.benchmarks.measure.Poll;
import nl.nazorg.benchmarks.platform.BenchmarkPlatform;
import nl.nazorg.benchmarks.platform.Sql;
import nl.nazorg.events.Topics;
import nl.nazorg.launcher.PlatformService;
import nl.nazorg.launcher.api.PlatformClient;

/**
 * Enters the firm's clients through client-service's CSV import (as an adviser would), waits until the signal and
 * campaign services have read them, and looks up the ids client-service gave them.
 */
final class ClientImport {

    private static final int ROWS_PER_FILE = 2_000;
    /** What each consumer of the import reads. */
    private static final Map<String, List<String>> READERS = Map.of(
            PlatformService.SIGNAL, List.of(Topics.CLIENT_PROFILES, Topics.PORTFOLIOS),
            PlatformService.CAMPAIGN, List.of(Topics.CLIENT_PROFILES));

    private ClientImport() {
    }

    /** Imports {@code count} clients; answers client ids by index. */
    static String[] run(BenchmarkPlatform platform, int count) {
        PlatformClient adviser = platform.adviser(ReviewClients.TENANT);
        ReviewClients clients = new ReviewClients();
        for (int first = 0; first < count; first += ROWS_PER_FILE) {
            int last = Math.min(count, first + ROWS_PER_FILE);
            String csv = ReviewClients.HEADER + "\n" + IntStream.range(first, last).mapToObj(clients::csvRow)
                    .collect(Collectors.joining("\n")) + "\n";
            JsonNode answer = adviser.post(platform.url(PlatformService.CLIENT, "/api/v1/clients/import"),
                    "text/csv", csv).json(200);
            CountMismatch.check("clients created by the import", last - first, answer.get("created").asLong());
        }
        try (ConsumerLag lag = new ConsumerLag(platform.kafkaBootstrapServers())) {
            Duration timeout = Duration.ofSeconds(180 + count / 10);
            READERS.forEach((group, topics) -> Poll.until(group + " has read the imported clients", timeout,
                    () -> lag.of(group, topics) == 0));
            // The signals the import raised (missing insurances) must be out and read too, or they would arrive
            // during the first round.
            Poll.until("the import's signals published", timeout,
                    () -> Sql.pendingOutbox(platform.database("signal")) == 0);
            Poll.until(PlatformService.CAMPAIGN + " has read the import's signals", timeout,
                    () -> lag.of(PlatformService.CAMPAIGN, List.of(Topics.SIGNALS)) == 0);
        }
        return ids(platform, adviser, count);
    }

    private static String[] ids(BenchmarkPlatform platform, PlatformClient adviser, int count) {
        Map<String, String> byReference = new HashMap<>();
        for (int page = 0; byReference.size() < count; page++) {
            JsonNode items = adviser.get(platform.url(PlatformService.CLIENT,
                    "/api/v1/clients?size=500&page=" + page)).json(200).get("items");
            if (items.isEmpty()) {
                break;
            }
            items.forEach(item -> byReference.put(item.get("externalReference").asText(), item.get("id").asText()));
        }
        String[] ids = new String[count];
        for (int i = 0; i < count; i++) {
            ids[i] = byReference.get(ReviewClients.reference(i));
            CountMismatch.checkThat(ids[i] != null, "client " + ReviewClients.reference(i) + " not found after import");
        }
        return ids;
    }
}
