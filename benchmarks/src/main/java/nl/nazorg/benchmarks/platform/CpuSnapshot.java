package nl.nazorg.benchmarks.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.nazorg.benchmarks.report.Numbers;

/**
 * CPU time used so far by each part of the benchmark (each service, PostgreSQL, this JVM with the broker, the SMTP
 * sink and the load generators) and by the whole machine; two snapshots give how many cores each used in between,
 * and how many went to other work on the machine.
 */
public record CpuSnapshot(long nanoTime, Map<String, Long> cpuNanosByPart, long machineBusyNanos) {

    /** The part name of this JVM. */
    public static final String BENCHMARK_JVM = "benchmark JVM (Kafka broker, SMTP sink, load generator)";
    public static final String POSTGRES = "PostgreSQL";

    public static CpuSnapshot take(BenchmarkPlatform platform) {
        Map<String, Long> parts = cpuNanos(platform.services());
        parts.put(POSTGRES, platform.postgresPids().stream().mapToLong(ProcFs::cpuNanos).sum());
        parts.put(BENCHMARK_JVM, ProcFs.cpuNanos(ProcessHandle.current().pid()));
        return new CpuSnapshot(System.nanoTime(), parts, ProcFs.machineBusyNanos());
    }

    /** The CPU time of these services alone (one part each), and of the machine. */
    public static CpuSnapshot of(List<ServiceJvm> services) {
        return new CpuSnapshot(System.nanoTime(), cpuNanos(services), ProcFs.machineBusyNanos());
    }

    private static Map<String, Long> cpuNanos(List<ServiceJvm> services) {
        Map<String, Long> parts = new LinkedHashMap<>();
        services.forEach(service -> parts.put(service.name(), service.cpuNanos()));
        return parts;
    }

    /** Average cores per part from this snapshot to {@code later}. */
    public CpuUse until(CpuSnapshot later) {
        double seconds = (later.nanoTime - nanoTime) / 1e9;
        Map<String, Double> cores = new LinkedHashMap<>();
        long ours = 0;
        for (Map.Entry<String, Long> part : cpuNanosByPart.entrySet()) {
            long used = later.cpuNanosByPart.getOrDefault(part.getKey(), part.getValue()) - part.getValue();
            ours += used;
            cores.put(part.getKey(), used / 1e9 / seconds);
        }
        double other = Math.max(0, (later.machineBusyNanos - machineBusyNanos - ours) / 1e9 / seconds);
        return new CpuUse(seconds, cores, other);
    }

    /**
     * @param seconds     wall time between the snapshots
     * @param coresByPart average cores each part used
     * @param otherCores  average cores the rest of the machine used (other builds and tests on a shared machine)
     */
    public record CpuUse(double seconds, Map<String, Double> coresByPart, double otherCores) {

        public double cores(String part) {
            return coresByPart.getOrDefault(part, 0.0);
        }

        /**
         * The same use with {@code cpuNanos} of {@code part} shown as a part of its own, {@code name}, and what is
         * left of {@code part} as {@code rest}.
         */
        public CpuUse split(String part, String name, long cpuNanos, String rest) {
            double cores = Math.min(cores(part), cpuNanos / 1e9 / seconds);
            Map<String, Double> parts = new LinkedHashMap<>();
            coresByPart.forEach((key, used) -> {
                if (key.equals(part)) {
                    parts.put(name, cores);
                    parts.put(rest, used - cores);
                } else {
                    parts.put(key, used);
                }
            });
            return new CpuUse(seconds, parts, otherCores);
        }

        /** "part 0.12, part 0.34; other work on the machine 0.05" (parts under 0.005 of a core left out). */
        public String breakdown() {
            return coresByPart.entrySet().stream().filter(part -> part.getValue() >= 0.005)
                    .map(part -> part.getKey() + " " + Numbers.format(part.getValue()))
                    .collect(Collectors.joining(", ")) + "; other work on the machine " + Numbers.format(otherCores);
        }

        /** Several measured periods as one: seconds added, cores weighted by each period's length. */
        public static CpuUse combine(java.util.List<CpuUse> periods) {
            double seconds = periods.stream().mapToDouble(CpuUse::seconds).sum();
            Map<String, Double> cores = new LinkedHashMap<>();
            periods.forEach(period -> period.coresByPart.forEach((part, used) ->
                    cores.merge(part, used * period.seconds / seconds, Double::sum)));
            return new CpuUse(seconds, cores,
                    periods.stream().mapToDouble(p -> p.otherCores * p.seconds / seconds).sum());
        }
    }
}
