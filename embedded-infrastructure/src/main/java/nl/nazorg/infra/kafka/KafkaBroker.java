package nl.nazorg.infra.kafka;

import java.lang.System.Logger.Level;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Time;

/**
 * A real Apache Kafka broker in KRaft combined mode (broker and controller in one node), running in this JVM.
 *
 * <p>In-process rather than a child JVM: it starts in a few seconds, needs no classpath assembly and dies with the
 * JVM that owns it, so a killed test run leaves no broker behind.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(KafkaBroker.class.getName());
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final int START_ATTEMPTS = 3;

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final String clusterId;
    private final boolean formattedOnStart;
    private boolean stopped;

    private KafkaBroker(KafkaRaftServer server, String bootstrapServers, String clusterId, boolean formattedOnStart) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.clusterId = clusterId;
        this.formattedOnStart = formattedOnStart;
    }

    /**
     * Starts a broker on the ports {@code portChoice} gives; formats {@code logDirectory} only when it is not formatted
     * yet.
     *
     * <p>Free ports are picked and released before the broker binds them, so another process can take one in between.
     * When a bind fails that way the broker starts again on the next ports the choice gives, at most
     * {@value #START_ATTEMPTS} times; when the choice gives the same ports again (fixed ports) it fails at once.
     */
    public static KafkaBroker start(Path logDirectory, Supplier<BrokerPorts> portChoice, int defaultPartitions) {
        BrokerExitGuard.install();
        KafkaStorage storage = new KafkaStorage(logDirectory);
        boolean formatted = storage.formatIfNeeded();
        BrokerPorts ports = portChoice.get();
        for (int attempt = 1; ; attempt++) {
            try {
                KafkaRaftServer server = startServer(logDirectory, ports, defaultPartitions);
                String clusterId = storage.clusterId().orElseThrow();
                LOG.log(Level.INFO, "Kafka broker ready on {0} (cluster {1}, {2})", ports.bootstrapServers(), clusterId,
                        formatted ? "storage formatted" : "existing storage");
                return new KafkaBroker(server, ports.bootstrapServers(), clusterId, formatted);
            } catch (IllegalStateException e) {
                BrokerPorts next = portTaken(e) && attempt < START_ATTEMPTS ? portChoice.get() : ports;
                if (next.equals(ports)) {
                    throw e;
                }
                LOG.log(Level.WARNING, "{0}; starting again on {1}", e.getMessage(), next);
                ports = next;
            }
        }
    }

    private static KafkaRaftServer startServer(Path logDirectory, BrokerPorts ports, int defaultPartitions) {
        Properties properties = BrokerProperties.combinedMode(logDirectory, ports.client(), ports.controller(), defaultPartitions);
        // doLog=false: the full configuration dump is hundreds of INFO lines.
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(properties, false), Time.SYSTEM);
        try {
            server.startup();
            awaitBrokerRegistered(ports.bootstrapServers());
            return server;
        } catch (RuntimeException e) {
            IllegalStateException failure = new IllegalStateException("Kafka broker did not start on " + ports.bootstrapServers()
                    + " (controller port " + ports.controller() + ", log dir " + logDirectory + "): " + rootCause(e), e);
            try {
                shutDown(server);
            } catch (RuntimeException stopFailure) {
                failure.addSuppressed(stopFailure);
            }
            throw failure;
        }
    }

    /** {@code localhost:<port>}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The cluster id stored in {@code meta.properties}; it stays the same across restarts on the same directory. */
    public String clusterId() {
        return clusterId;
    }

    /** Whether this start formatted the log directory (false when it reused existing storage). */
    public boolean formattedOnStart() {
        return formattedOnStart;
    }

    @Override
    public synchronized void close() {
        if (!stopped) {
            stopped = true;
            shutDown(server);
        }
    }

    private static void shutDown(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
    }

    private static String rootCause(Throwable failure) {
        List<Throwable> chain = causeChain(failure);
        return chain.get(chain.size() - 1).toString();
    }

    /** Whether {@code failure} comes from a bind to a port that another process holds. */
    private static boolean portTaken(Throwable failure) {
        return causeChain(failure).stream().anyMatch(BindException.class::isInstance);
    }

    /** {@code failure} and its causes, outermost first. */
    private static List<Throwable> causeChain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !chain.contains(cause); cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    private static void awaitBrokerRegistered(String bootstrapServers) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "nazorg-infra-readiness");
        try (Admin admin = Admin.create(config)) {
            admin.describeCluster().nodes().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka broker not reachable within " + READY_TIMEOUT, e);
        }
    }
}
