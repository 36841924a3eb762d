package nl.nazorg.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import nl.nazorg.events.cloudevents.CloudEventHeaders;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.events.schemas.EventSchemas;

/**
 * A partner who does not validate does not get com.networknt:json-schema-validator (an optional dependency): records,
 * JSON, headers, EventReader.tolerant() and EventSchemas must work without it on the classpath.
 */
class WithoutValidatorLibraryTest {

    @Test
    void theLibraryWorksWithoutTheValidatorOnTheClasspath() throws Exception {
        String classPath = Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                .orElseGet(() -> System.getProperty("java.class.path"));
        URL[] withoutValidator = Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.contains("networknt"))
                .map(WithoutValidatorLibraryTest::url)
                .toArray(URL[]::new);

        try (URLClassLoader loader = new URLClassLoader(withoutValidator, ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> loader.loadClass("com.networknt.schema.JsonSchema"))
                    .isInstanceOf(ClassNotFoundException.class);
            Class<?> scenario = loader.loadClass(PartnerScenario.class.getName());

            Object result = scenario.getMethod("run").invoke(null);

            assertThat((String) result).contains("signal-1").contains("REFINANCE_SAVING");
        }
    }

    private static URL url(String entry) {
        try {
            return new File(entry).toURI().toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(entry, e);
        }
    }

    /** What a partner does: read a record with the tolerant reader, and open a schema as text. */
    public static final class PartnerScenario {

        public static String run() {
            EventPayload signal = SampleEvents.signalRaised();
            Headers headers = new RecordHeaders();
            CloudEventHeaders.write(EventType.cloudEventFor(signal, "/test", OffsetDateTime.now()), headers);
            ReceivedEvent event = EventReader.tolerant()
                    .read(Topics.SIGNALS, headers, EventJson.write(signal)).orElseThrow();
            String schema = EventSchemas.text(EventType.SIGNAL_RAISED);
            return new String(EventJson.write(event.payload()), StandardCharsets.UTF_8) + schema.length();
        }
    }
}
