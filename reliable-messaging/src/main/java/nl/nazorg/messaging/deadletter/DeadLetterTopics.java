package nl.nazorg.messaging.deadletter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import nl.nazorg.messaging.config.MessagingConfig;

/**
 * Names dead-letter topics ({@code <topic>.dlq.<consumer-group>}, DESIGN.md §2) and creates, at startup, those the
 * service's incoming channels are configured with, as many partitions as their source topic, because the platform's
 * broker does not create topics on first use and a dead letter with nowhere to go would stop the consumer.
 */
@ApplicationScoped
public class DeadLetterTopics {

    private static final Logger LOG = Logger.getLogger(DeadLetterTopics.class);
    private static final Pattern DLQ_TOPIC = Pattern.compile(
            "mp\\.messaging\\.incoming\\.(\"[^\"]+\"|[^.]+)\\.dead-letter-queue\\.topic");
    private static final long ADMIN_TIMEOUT_SECONDS = 15;

    @Inject
    Config config;

    @Inject
    MessagingConfig messaging;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    /** The dead-letter topic of a consumer group on a topic. */
    public static String of(String topic, String consumerGroup) {
        return topic + ".dlq." + consumerGroup;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 600) StartupEvent event) {
        Map<String, String> deadLetterBySource = configured();
        if (messaging.deadLetter().createTopics() && !deadLetterBySource.isEmpty()) {
            ensure(deadLetterBySource);
        }
    }

    /** Source topic → dead-letter topic, for every incoming channel that names one. */
    Map<String, String> configured() {
        Map<String, String> topics = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            Matcher matcher = DLQ_TOPIC.matcher(name);
            if (matcher.matches()) {
                String channel = matcher.group(1);
                String source = config.getOptionalValue("mp.messaging.incoming." + channel + ".topic", String.class)
                        .orElse(channel.replace("\"", ""));
                topics.put(source, config.getValue(name, String.class));
            }
        }
        return topics;
    }

    private void ensure(Map<String, String> deadLetterBySource) {
        try (Admin admin = Admin.create(adminProperties())) {
            Set<String> existing = admin.listTopics().names().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (Map.Entry<String, String> entry : deadLetterBySource.entrySet()) {
                if (!existing.contains(entry.getValue())) {
                    int partitions = partitions(admin, existing, entry.getKey()).orElse(1);
                    missing.add(new NewTopic(entry.getValue(), Optional.of(partitions), Optional.empty())
                            .configs(Map.of("cleanup.policy", "delete")));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                LOG.infof("created dead-letter topics %s", missing.stream().map(NewTopic::name).toList());
            }
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("could not create the dead-letter topics %s: %s", deadLetterBySource.values(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Optional<Integer> partitions(Admin admin, Set<String> existing, String topic)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (!existing.contains(topic)) {
            return Optional.empty();
        }
        TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                .get(ADMIN_TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic);
        return Optional.of(description.partitions().size());
    }

    private Map<String, Object> adminProperties() {
        Map<String, Object> properties = new HashMap<>();
        kafka.forEach((name, value) -> {
            if (AdminClientConfig.configNames().contains(name)) {
                properties.put(name, value);
            }
        });
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "nazorg-dead-letter-topics");
        return properties;
    }
}
