package nl.nazorg.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Free local ports for servers that must know their port before they bind (Kafka advertises it, the controller quorum
 * names it). All sockets stay open until every port is picked, so the ports differ from each other.
 */
public final class FreePorts {

    private FreePorts() {
    }

    /** Replaces each 0 by a free port; other values are kept. */
    public static int[] resolve(int... ports) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] resolved = ports.clone();
            for (int i = 0; i < resolved.length; i++) {
                if (resolved[i] == 0) {
                    ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                    sockets.add(socket);
                    resolved[i] = socket.getLocalPort();
                }
            }
            return resolved;
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // The port is released either way.
                }
            }
        }
    }
}
