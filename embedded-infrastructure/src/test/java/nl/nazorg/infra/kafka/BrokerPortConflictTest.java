package nl.nazorg.infra.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;
import org.junit.jupiter.api.Test;

import nl.nazorg.infra.FreePorts;

/**
 * A free port is picked, released, and only then bound by the broker, so another process can take it in between. The
 * start then moves to other free ports; fixed ports are never moved, and their failure names the port.
 */
class BrokerPortConflictTest {

    @Test
    void aFreePortTakenBeforeTheBrokerBindsItMovesTheBrokerToTheNextFreePorts() throws Exception {
        try (ServerSocket otherProcess = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int[] free = FreePorts.resolve(0, 0);
            RecordingChoice choice = new RecordingChoice(BrokerPorts.firstThenFree(
                    new BrokerPorts(otherProcess.getLocalPort(), free[0]), 0, 0));

            try (KafkaBroker broker = KafkaBroker.start(freshLogDirectory(), choice, 1)) {
                assertThat(choice.given).hasSize(2);
                BrokerPorts used = choice.given.get(1);
                assertThat(used.client()).isNotEqualTo(otherProcess.getLocalPort());
                assertThat(broker.bootstrapServers()).isEqualTo("localhost:" + used.client());
                assertThat(nodes(broker.bootstrapServers())).extracting(Node::port).containsExactly(used.client());
            }
        }
    }

    @Test
    void aFixedPortThatIsTakenFailsAtOnceAndNamesThePort() throws Exception {
        try (ServerSocket otherProcess = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int taken = otherProcess.getLocalPort();
            int controller = FreePorts.resolve(0)[0];
            RecordingChoice choice = new RecordingChoice(BrokerPorts.firstThenFree(
                    new BrokerPorts(taken, controller), taken, controller));

            assertThatThrownBy(() -> KafkaBroker.start(freshLogDirectory(), choice, 1))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("did not start on localhost:" + taken)
                    .hasMessageContaining("Address already in use");
            assertThat(choice.given).containsExactly(new BrokerPorts(taken, controller), new BrokerPorts(taken, controller));
        }
    }

    private static Path freshLogDirectory() {
        return Path.of("target", "test-infrastructure", "port-conflict-" + UUID.randomUUID(), "kafka");
    }

    private static List<Node> nodes(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            return new ArrayList<>(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS));
        }
    }

    /** Remembers every pair of ports the broker asked for. */
    private static final class RecordingChoice implements Supplier<BrokerPorts> {

        private final Supplier<BrokerPorts> choice;
        private final List<BrokerPorts> given = new ArrayList<>();

        RecordingChoice(Supplier<BrokerPorts> choice) {
            this.choice = choice;
        }

        @Override
        public BrokerPorts get() {
            BrokerPorts ports = choice.get();
            given.add(ports);
            return ports;
        }
    }
}
