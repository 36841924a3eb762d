package nl.nazorg.benchmarks.redirect;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import nl.nazorg.benchmarks.measure.OpenLoop;
import nl.nazorg.benchmarks.measure.Poll;

/**
 * A local HTTP load generator on Vert.x' non-blocking client (keep-alive connections, two event loops): a
 * closed-loop run for the maximum rate and an open-loop run at a fixed rate for latency. It shares the machine with
 * the service it loads; its CPU is in the scenario's breakdown.
 */
final class HttpLoad implements AutoCloseable {

    /** A browser, so the service does not flag the clicks as a mail scanner's. */
    static final String BROWSER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1";

    /** A request without any answer for this long counts as failed. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Vertx vertx;
    private final HttpClient client;

    HttpLoad(int port, int connections) {
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        this.client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("localhost").setDefaultPort(port)
                .setKeepAlive(true), new PoolOptions().setHttp1MaxSize(connections));
    }

    /**
     * One GET; completes with whether the status is the expected one, or exceptionally on a server error (5xx) or
     * when no answer came within {@link #TIMEOUT}.
     */
    CompletionStage<Boolean> get(String path, IntPredicate expectedStatus) {
        return client.request(new RequestOptions().setMethod(HttpMethod.GET).setURI(path)
                        .setIdleTimeout(TIMEOUT.toMillis()).putHeader("User-Agent", BROWSER))
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> {
                    if (response.statusCode() >= 500) {
                        throw new IllegalStateException("HTTP " + response.statusCode());
                    }
                    return expectedStatus.test(response.statusCode());
                }))
                .toCompletionStage();
    }

    /**
     * Closed loop: {@code concurrency} requests in flight all the time, each followed by the next as soon as it is
     * answered, for {@code duration}; the paths are taken in turn.
     */
    Throughput saturate(List<String> paths, IntPredicate expectedStatus, int concurrency, Duration duration) {
        Counts counts = new Counts();
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        CompletableFuture<?>[] users = new CompletableFuture<?>[concurrency];
        for (int user = 0; user < concurrency; user++) {
            users[user] = new CompletableFuture<>();
            loop(users[user], paths, expectedStatus, deadline, next, counts);
        }
        CompletableFuture.allOf(users).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Throughput(counts.correct.get() / seconds, counts.correct.get(), counts.wrong.get(),
                counts.failed.get());
    }

    private void loop(CompletableFuture<?> user, List<String> paths, IntPredicate expectedStatus, long deadline,
            AtomicLong next, Counts counts) {
        if (System.nanoTime() >= deadline) {
            user.complete(null);
            return;
        }
        String path = paths.get((int) (next.getAndIncrement() % paths.size()));
        get(path, expectedStatus).whenComplete((ok, failure) -> {
            (failure != null ? counts.failed : ok ? counts.correct : counts.wrong).incrementAndGet();
            loop(user, paths, expectedStatus, deadline, next, counts);
        });
    }

    /** Answers of a closed-loop run by kind. */
    private static final class Counts {
        final AtomicLong correct = new AtomicLong();
        final AtomicLong wrong = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
    }

    /** Open loop at {@code rate} requests per second for {@code duration}. */
    OpenLoop.Result fixedRate(List<String> paths, IntPredicate expectedStatus, int rate, Duration duration) {
        int count = (int) (rate * duration.toMillis() / 1000);
        return OpenLoop.run(rate, count, TIMEOUT.plus(duration),
                index -> get(paths.get(index % paths.size()), expectedStatus));
    }

    /**
     * A closed-loop run: right answers per second, and how many answers were wrong or failed (5xx, no answer).
     */
    record Throughput(double requestsPerSecond, long correct, long wrong, long failed) {

        @Override
        public String toString() {
            return String.format("%.0f req/s (%d right, %d wrong, %d failed)", requestsPerSecond, correct, wrong,
                    failed);
        }
    }

    @Override
    public void close() {
        client.close();
        CompletableFuture<Void> closed = vertx.close().toCompletionStage().toCompletableFuture();
        Poll.until("the load generator to close", Duration.ofSeconds(10), closed::isDone);
    }
}
