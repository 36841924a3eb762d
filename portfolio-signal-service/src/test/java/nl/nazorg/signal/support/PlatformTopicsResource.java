package nl.nazorg.signal.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import nl.nazorg.infra.kafka.PlatformTopics;
import nl.nazorg.infra.test.NazorgTestInfrastructure;

/** Creates the platform topics before the service subscribes (the broker does not create topics on first use). */
public class PlatformTopicsResource implements QuarkusTestResourceLifecycleManager {

    /** Before NazorgTestInfrastructure, so the shared infrastructure is started here, under the system loader. */
    @Override
    public int order() {
        return -1;
    }

    @Override
    public Map<String, String> start() {
        // The in-process broker loads plug-ins through the context class loader; it must be the system one.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
        try {
            NazorgTestInfrastructure.connectionSettings();
        } finally {
            thread.setContextClassLoader(previous);
        }
        NazorgTestInfrastructure.createTopics(PlatformTopics.all(PlatformTopics.DEFAULT_PARTITIONS));
        return Map.of();
    }

    @Override
    public void stop() {
        // Topics live as long as the shared broker.
    }
}
