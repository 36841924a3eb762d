package nl.nazorg.benchmarks.redirect;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
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
 * A local HTTP load generator on Vert.x' non-blocking client (keep-alive connections, two event loops) in the
 * benchmark JVM: single checked requests, and the open-loop run at a fixed rate for latency (each request sent at
 * its due time whether or not earlier ones were answered, so queueing counts: no coordinated omission). The maximum
 * rate is {@link Wrk}'s. It shares the machine with the service it loads; its CPU is in the benchmark JVM's share.
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

    /** Open loop at {@code rate} requests per second for {@code duration}. */
    OpenLoop.Result fixedRate(List<String> paths, IntPredicate expectedStatus, int rate, Duration duration) {
        int count = (int) (rate * duration.toMillis() / 1000);
        return OpenLoop.run(rate, count, TIMEOUT.plus(duration),
                index -> get(paths.get(index % paths.size()), expectedStatus));
    }

    @Override
    public void close() {
        client.close();
        CompletableFuture<Void> closed = vertx.close().toCompletionStage().toCompletableFuture();
        Poll.until("the load generator to close", Duration.ofSeconds(10), closed::isDone);
    }
}
