package nl.nazorg.infra.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * The broker's log directory: formatted once (like {@code kafka-storage.sh format}), then kept across restarts.
 */
final class KafkaStorage {

    private static final System.Logger LOG = System.getLogger(KafkaStorage.class.getName());

    private final Path logDirectory;

    KafkaStorage(Path logDirectory) {
        this.logDirectory = logDirectory;
    }

    boolean isFormatted() {
        return Files.exists(metaProperties());
    }

    /**
     * Formats the directory with a new cluster id unless it already holds {@code meta.properties}.
     *
     * @return true when this call formatted the directory
     */
    boolean formatIfNeeded() {
        if (isFormatted()) {
            return false;
        }
        try {
            Files.createDirectories(logDirectory);
            String clusterId = Uuid.randomUuid().toString();
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8))
                    .setNodeId(BrokerProperties.NODE_ID)
                    .setClusterId(clusterId)
                    .setControllerListenerName(BrokerProperties.CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(logDirectory.toString())
                    .setDirectories(List.of(logDirectory.toString()))
                    // Static quorum (controller.quorum.voters): the controller port may change between restarts.
                    .setHasDynamicQuorum(false)
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .run();
            LOG.log(Level.DEBUG, "Formatted Kafka storage {0} for cluster {1}", logDirectory, clusterId);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot format Kafka storage in " + logDirectory, e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format Kafka storage in " + logDirectory, e);
        }
    }

    /** The cluster id written when the directory was formatted. */
    Optional<String> clusterId() {
        if (!isFormatted()) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(metaProperties())) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.ofNullable(properties.getProperty("cluster.id"));
    }

    private Path metaProperties() {
        return logDirectory.resolve(MetaPropertiesEnsemble.META_PROPERTIES_NAME);
    }
}
