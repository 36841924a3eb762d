package nl.nazorg.messaging.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.nazorg.infra.kafka.TopicDefinition;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.messaging.testapp.TestTopics;

/**
 * Creates the test application's topics before it starts, its dead-letter topic included, as the platform's
 * provisioning does for the services (the broker does not create topics on first use, nor does the library).
 */
public class TestTopicsResource implements QuarkusTestResourceLifecycleManager {

    /** Before NazorgTestInfrastructure, so that the shared infrastructure starts here (see {@link #start()}). */
    @Override
    public int order() {
        return -1;
    }

    @Override
    public Map<String, String> start() {
        // The in-process broker loads plug-in classes through the context class loader; under Quarkus that is the
        // test application's, whose copies of the Kafka classes do not match the system class loader's broker.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
        try {
            NazorgTestInfrastructure.connectionSettings();
        } finally {
            thread.setContextClassLoader(previous);
        }
        NazorgTestInfrastructure.createTopics(
                TopicDefinition.compacted(TestTopics.CLIENTS, TestTopics.PARTITIONS),
                TopicDefinition.retained(TestTopics.ORDERING, TestTopics.PARTITIONS),
                TopicDefinition.retained(TestTopics.BATCH_CLIENTS, TestTopics.PARTITIONS),
                TopicDefinition.retained(TestTopics.BATCH_CLIENTS_DLQ, TestTopics.PARTITIONS),
                TopicDefinition.retained(TestTopics.BATCH_APPLIED, TestTopics.PARTITIONS));
        return Map.of();
    }

    @Override
    public void stop() {
        // Topics live as long as the shared broker.
    }
}
