package nl.nazorg.infra.postgres;

import java.nio.file.Path;
import java.util.List;

/**
 * Run in a child JVM by {@link LeftoverPostmasterTest}: starts PostgreSQL, reports its port, then waits to be killed —
 * a launcher that dies without stopping its server.
 */
public final class AbandonedPostgres {

    private AbandonedPostgres() {
    }

    public static void main(String[] args) throws InterruptedException {
        PostgresServer server = PostgresServer.start(Path.of(args[0]), Path.of(args[1]), 0, List.of("client"));
        System.out.println("READY " + server.port());
        System.out.flush();
        // Keep the JVM alive until the test kills it (never stopped on purpose).
        Thread.currentThread().join();
    }
}
