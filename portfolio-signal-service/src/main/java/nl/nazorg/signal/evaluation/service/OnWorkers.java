package nl.nazorg.signal.evaluation.service;

import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Runs CPU-bound work (the rules over a page or a poll of clients) on the worker pool and continues on the
 * caller's Vert.x context, so the event loop stays free meanwhile.
 */
final class OnWorkers {

    private OnWorkers() {
    }

    static <T> Uni<T> compute(Supplier<T> work) {
        Context context = Vertx.currentContext();
        Uni<T> onWorker = Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return context == null ? onWorker : onWorker.emitOn(command -> context.runOnContext(ignored -> command.run()));
    }
}
