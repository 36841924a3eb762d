package nl.nazorg.benchmarks.kafka;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.nazorg.benchmarks.measure.CountMismatch;

/**
 * Baseline: Kafka's ProducerPerformance writing {@code records} records of {@code recordBytes} as fast as it can, with
 * the services' producer settings ({@code acks=all}, idempotent), after {@value #WARM_UP} warm-up records. Answers
 * the seconds the records take at the tool's steady-state rate (records ÷ its steady-state records/sec).
 */
public final class ProducerPerformanceTool {

    private static final String MAIN = "org.apache.kafka.tools.ProducerPerformance";
    /** Records sent first and left out of the figure: the tool runs in a fresh JVM, whose first sends are cold. */
    private static final int WARM_UP = 2_000;
    private static final Pattern SUMMARY = Pattern.compile("^(\\d+) steady state records sent, ([\\d.]+) records/sec");

    private ProducerPerformanceTool() {
    }

    public static double seconds(String bootstrapServers, String topic, int records, int recordBytes) {
        List<String> output = KafkaPerfTool.run(MAIN, List.of("--topic", topic,
                "--num-records", Integer.toString(WARM_UP + records), "--warmup-records", Integer.toString(WARM_UP),
                "--record-size", Integer.toString(Math.max(1, recordBytes)), "--throughput", "-1",
                "--command-property", "bootstrap.servers=" + bootstrapServers, "acks=all", "enable.idempotence=true"));
        for (int i = output.size() - 1; i >= 0; i--) {
            Matcher summary = SUMMARY.matcher(output.get(i).trim());
            if (summary.find()) {
                CountMismatch.check("records sent by ProducerPerformance", records, Long.parseLong(summary.group(1)));
                return records / Double.parseDouble(summary.group(2));
            }
        }
        throw new IllegalStateException("ProducerPerformance printed no summary: " + output);
    }
}
