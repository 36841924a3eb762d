package nl.nazorg.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a service's JVM is started, chosen for a small footprint; the reasons and the measurements behind them are in
 * local-platform's README ("JVM options"), and {@code docker-compose.yml} passes the same options to the images.
 *
 * <ul>
 *   <li>{@code -Xmx} (and {@code -Xmn}) per service: {@link PlatformService}.</li>
 *   <li>{@code -Xms64m} (not with an {@code -Xmn}): the serial collector sizes its young generation as a share of
 *       the committed heap, and by default the whole of {@code -Xmx} is committed at start (the initial heap is a
 *       64th of the machine's memory); every page of that young generation is then touched within a few
 *       collections, whatever the service holds. Starting small, the heap grows to what the service needs.</li>
 *   <li>{@code -XX:+UseSerialGC}: heaps of a few hundred MB on two cores; no collector threads or remembered
 *       sets.</li>
 *   <li>JDK 25+: {@code -XX:+UseCompactObjectHeaders} (8-byte object headers instead of 12: a smaller heap for the
 *       same objects); {@code --enable-native-access=ALL-UNNAMED} and
 *       {@code --sun-misc-unsafe-memory-access=allow}: Kafka's compression libraries and Netty use both, and the
 *       JVM's warnings about them would open every service log.</li>
 *   <li>{@code MALLOC_ARENA_MAX=2} in the environment: glibc gives every thread that allocates natively an arena
 *       of its own (up to eight per core); Kafka's and Netty's threads and the JIT compilers touched memory in
 *       each.</li>
 * </ul>
 */
public final class ServiceJvmOptions {

    /** The first JDK whose options include compact object headers and the native-access permissions. */
    static final int COMPACT_HEADERS_FEATURE = 25;
    static final int INITIAL_HEAP_MEGABYTES = 64;

    /** What the JVM finds in its environment. */
    public static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private ServiceJvmOptions() {
    }

    /** The options of {@code service}'s JVM on a JDK of that feature release (start-up cache options aside). */
    public static List<String> of(PlatformService service, int jdkFeature) {
        List<String> options = new ArrayList<>(List.of("-Xmx" + service.heapMegabytes() + "m"));
        if (service.youngMegabytes() == 0) {
            options.add("-Xms" + INITIAL_HEAP_MEGABYTES + "m");
        } else {
            options.add("-Xmn" + service.youngMegabytes() + "m");
        }
        options.add("-XX:+UseSerialGC");
        if (jdkFeature >= COMPACT_HEADERS_FEATURE) {
            options.addAll(List.of("-XX:+UseCompactObjectHeaders", "--enable-native-access=ALL-UNNAMED",
                    "--sun-misc-unsafe-memory-access=allow"));
        }
        return List.copyOf(options);
    }
}
