package nl.nazorg.infra.kafka;

import java.nio.file.Path;
import java.util.Properties;

/**
 * The configuration of a single-node KRaft broker that is its own controller (combined mode).
 */
final class BrokerProperties {

    static final int NODE_ID = 1;
    static final String CONTROLLER_LISTENER = "CONTROLLER";

    // The log cleaner allocates this buffer on the heap up front; Kafka's 128 MB default is too much for a broker that
    // shares its JVM with tests or services. 32 MB still holds about 1.3 million keys per cleaning pass.
    private static final String DEDUPE_BUFFER_BYTES = String.valueOf(32 * 1024 * 1024);

    // 50 partitions (the default) for the internal topics only slow down the first consumer group on one node.
    private static final String INTERNAL_TOPIC_PARTITIONS = "10";

    private BrokerProperties() {
    }

    static Properties combinedMode(Path logDirectory, int brokerPort, int controllerPort, int defaultPartitions) {
        Properties properties = new Properties();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", String.valueOf(NODE_ID));
        properties.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        properties.put("listeners", "PLAINTEXT://localhost:" + brokerPort + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
        properties.put("controller.listener.names", CONTROLLER_LISTENER);
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        properties.put("log.dirs", logDirectory.toString());

        // One node: every replication factor and minimum in-sync replica count is 1.
        properties.put("default.replication.factor", "1");
        properties.put("min.insync.replicas", "1");
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("offsets.topic.num.partitions", INTERNAL_TOPIC_PARTITIONS);
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("transaction.state.log.num.partitions", INTERNAL_TOPIC_PARTITIONS);
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");

        // Consumers join at once instead of waiting for more members that never come.
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.put("group.streams.initial.rebalance.delay.ms", "0");

        // Topics exist because someone declared them (platform topics, dead-letter topics), never by a typo.
        properties.put("auto.create.topics.enable", "false");
        properties.put("num.partitions", String.valueOf(defaultPartitions));
        properties.put("log.cleaner.dedupe.buffer.size", DEDUPE_BUFFER_BYTES);
        return properties;
    }
}
