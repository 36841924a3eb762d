package nl.nazorg.messaging.deadletter;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;

/**
 * Finds the dead-letter topics the service's incoming channels are configured with (named by
 * {@code Topics.deadLetter}: {@code <topic>.dlq.<consumer-group>}, DESIGN.md §2). The platform's provisioning creates them (a service creates no topic: the embedded
 * infrastructure and docker-compose's kafka-topics step do, from {@code Topics.READ_BY_GROUP});
 * {@code ProvisionedTopicsCheck} reports one that is missing.
 */
public final class DeadLetterTopics {

    private static final Pattern DLQ_TOPIC = Pattern.compile(
            "mp\\.messaging\\.incoming\\.(\"[^\"]+\"|[^.]+)\\.dead-letter-queue\\.topic");

    private DeadLetterTopics() {
    }

    /** Source topic → dead-letter topic, for every incoming channel of {@code config} that names one. */
    public static Map<String, String> configured(Config config) {
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
}
