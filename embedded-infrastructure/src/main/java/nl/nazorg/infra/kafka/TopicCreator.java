package nl.nazorg.infra.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates topics through the Admin API and returns once every partition has a leader, so a producer that starts right
 * after does not meet {@code LEADER_NOT_AVAILABLE}. Topics that exist already are left as they are.
 */
public final class TopicCreator {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    private TopicCreator() {
    }

    public static void createTopics(String bootstrapServers, Collection<TopicDefinition> topics) {
        if (topics.isEmpty()) {
            return;
        }
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "nazorg-infra-topics");
        try (Admin admin = Admin.create(config)) {
            List<NewTopic> newTopics = topics.stream().map(TopicCreator::newTopic).toList();
            for (Map.Entry<String, KafkaFuture<Void>> created : admin.createTopics(newTopics).values().entrySet()) {
                awaitCreated(created.getKey(), created.getValue());
            }
            awaitLeaders(admin, topics.stream().map(TopicDefinition::name).collect(Collectors.toSet()));
        }
    }

    private static NewTopic newTopic(TopicDefinition topic) {
        return new NewTopic(topic.name(), topic.partitions(), (short) 1)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, topic.cleanupPolicy().configValue()));
    }

    private static void awaitCreated(String topic, KafkaFuture<Void> creation) {
        try {
            creation.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topic " + topic, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + topic, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Topic " + topic + " not created within " + TIMEOUT, e);
        }
    }

    private static void awaitLeaders(Admin admin, Set<String> topics) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            if (allPartitionsLed(admin, topics)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Topics " + topics + " have partitions without a leader after " + TIMEOUT);
            }
            pause();
        }
    }

    private static boolean allPartitionsLed(Admin admin, Set<String> topics) {
        try {
            Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return descriptions.values().stream()
                    .flatMap(description -> description.partitions().stream())
                    .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
        } catch (ExecutionException | TimeoutException e) {
            // Metadata not propagated yet (UnknownTopicOrPartition): ask again.
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for topic leaders", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for topic leaders", e);
        }
    }
}
