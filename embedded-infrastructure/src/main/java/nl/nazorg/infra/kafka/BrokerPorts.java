package nl.nazorg.infra.kafka;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import nl.nazorg.infra.FreePorts;

/**
 * The broker's two ports for one start attempt: {@code client} for {@code bootstrap.servers}, {@code controller} for
 * the KRaft quorum (only the broker itself connects to it).
 */
public record BrokerPorts(int client, int controller) {

    /**
     * The ports for successive start attempts: {@code first}, then the requested ports with each 0 replaced by a port
     * that is free at that moment. Requested fixed ports therefore come back unchanged, and no retry moves them.
     */
    public static Supplier<BrokerPorts> firstThenFree(BrokerPorts first, int requestedClient, int requestedController) {
        AtomicReference<BrokerPorts> unused = new AtomicReference<>(first);
        return () -> {
            BrokerPorts ports = unused.getAndSet(null);
            if (ports != null) {
                return ports;
            }
            int[] free = FreePorts.resolve(requestedClient, requestedController);
            return new BrokerPorts(free[0], free[1]);
        };
    }

    String bootstrapServers() {
        return "localhost:" + client;
    }
}
