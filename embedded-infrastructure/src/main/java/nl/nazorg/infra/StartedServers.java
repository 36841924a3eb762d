package nl.nazorg.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What has been started so far, so that a failed start stops the rest and a stop goes in reverse order of start.
 */
final class StartedServers {

    private final List<AutoCloseable> servers = new ArrayList<>();

    synchronized <T extends AutoCloseable> T add(T server) {
        servers.add(server);
        return server;
    }

    /** Waits for a server started in the background. */
    <T extends AutoCloseable> T join(CompletableFuture<T> server) {
        try {
            return add(server.join());
        } catch (CompletionException e) {
            throw unwrap(e);
        }
    }

    /**
     * Waits for a server started in the background. When it failed, the sibling start is still awaited, so that server
     * can be stopped with the others.
     */
    <T extends AutoCloseable> T join(CompletableFuture<T> server, CompletableFuture<? extends AutoCloseable> sibling) {
        try {
            return add(server.join());
        } catch (CompletionException e) {
            try {
                add(sibling.join());
            } catch (CompletionException ignored) {
                // Both failed: the first failure is the one reported.
            }
            throw unwrap(e);
        }
    }

    private static RuntimeException unwrap(CompletionException e) {
        return e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    }

    /** Stops everything, newest first; a problem is thrown after all were tried. */
    void stopAll() {
        RuntimeException problem = stopAllQuietly();
        if (problem != null) {
            throw problem;
        }
    }

    /** Stops everything after a failed start; problems are attached to the failure that caused the stop. */
    void stopAllAfter(RuntimeException failure) {
        RuntimeException problem = stopAllQuietly();
        if (problem != null) {
            failure.addSuppressed(problem);
        }
    }

    private synchronized RuntimeException stopAllQuietly() {
        RuntimeException problem = null;
        for (int i = servers.size() - 1; i >= 0; i--) {
            try {
                servers.get(i).close();
            } catch (Exception e) {
                if (problem == null) {
                    problem = new IllegalStateException("Cannot stop the local infrastructure cleanly", e);
                } else {
                    problem.addSuppressed(e);
                }
            }
        }
        servers.clear();
        return problem;
    }
}
