package nl.nazorg.messaging.support;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/** Runs reactive service calls from a test thread on a Vert.x context, as Hibernate Reactive requires. */
public final class OnVertx {

    private static final ExecutorService CALLERS = Executors.newCachedThreadPool();

    private OnVertx() {
    }

    public static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the call and returns at once; the future completes when the call does. */
    public static <T> CompletableFuture<T> start(Supplier<Uni<T>> work) {
        return CompletableFuture.supplyAsync(() -> await(work), CALLERS);
    }
}
