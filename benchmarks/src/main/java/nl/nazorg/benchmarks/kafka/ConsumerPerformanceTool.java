package nl.nazorg.benchmarks.kafka;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import nl.nazorg.benchmarks.measure.CountMismatch;

/**
 * Baseline: Kafka's ConsumerPerformance reading {@code messages} records of a topic from its beginning with a group
 * of its own. Answers the tool's {@code fetch.nMsg.sec}: records per second from the first fetch (the group join is
 * not in it, as it is not in the service's drain either).
 */
public final class ConsumerPerformanceTool {

    private static final String MAIN = "org.apache.kafka.tools.ConsumerPerformance";

    private ConsumerPerformanceTool() {
    }

    public static double recordsPerSecond(String bootstrapServers, String topic, int messages) {
        List<String> output = KafkaPerfTool.run(MAIN, List.of("--bootstrap-server", bootstrapServers,
                "--topic", topic, "--messages", Integer.toString(messages),
                "--group", "bench-consumer-perf-" + UUID.randomUUID(), "--timeout", "60000"));
        Supplier<IllegalStateException> noFigures =
                () -> new IllegalStateException("ConsumerPerformance printed no figures: " + output);
        int headerLine = IntStream.range(0, output.size()).filter(i -> output.get(i).startsWith("start.time"))
                .findFirst().orElseThrow(noFigures);
        List<String> header = columns(output.get(headerLine));
        List<String> values = output.subList(headerLine + 1, output.size()).stream().map(ConsumerPerformanceTool::columns)
                .filter(columns -> columns.size() == header.size()).findFirst().orElseThrow(noFigures);
        long consumed = Long.parseLong(values.get(header.indexOf("data.consumed.in.nMsg")));
        // It stops after the poll that reached the count, so it may read a little more than asked.
        CountMismatch.checkThat(consumed >= messages, "ConsumerPerformance read " + consumed + " of " + messages
                + " records");
        return Double.parseDouble(values.get(header.indexOf("fetch.nMsg.sec")));
    }

    private static List<String> columns(String line) {
        return Arrays.stream(line.split(",")).map(String::trim).toList();
    }
}
