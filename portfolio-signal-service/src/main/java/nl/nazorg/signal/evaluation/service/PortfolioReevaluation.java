package nl.nazorg.signal.evaluation.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.signal.config.SignalSettingsConfig;
import nl.nazorg.signal.market.service.MarketRateBook;
import nl.nazorg.signal.projection.repository.ProfileTable;

/**
 * Re-evaluates every client by every rule (the daily run for time-based signals) set-wise: keyset pages of
 * {@code batch-size} clients in client-id order, each page one
 * transaction of the reactive client that reads its profiles, portfolios, surveys and open signals with one query
 * each, evaluates in memory and writes its signal changes and outbox rows at once ({@link ClientEvaluation}). Memory stays at one page, whatever the portfolio.
 * Profiles are locked for the page's transaction, so a consumer updating the same client waits rather than racing.
 */
@ApplicationScoped
public class PortfolioReevaluation {

    private static final Logger LOG = Logger.getLogger(PortfolioReevaluation.class);

    private static final String CLIENT_PAGE =
            "SELECT client_id FROM client_profile WHERE client_id > $1 ORDER BY client_id LIMIT $2";

    @Inject
    ClientEvaluation evaluation;

    @Inject
    Pool pool;

    @Inject
    MarketRateBook rates;

    @Inject
    SignalSettingsConfig config;

    @Inject
    Vertx vertx;

    /** Runs on its own Vert.x context; completes when every page is committed. */
    public Uni<ReevaluationResult> run() {
        return FreshContext.run(vertx, () -> {
            long started = System.nanoTime();
            AtomicLong clients = new AtomicLong();
            AtomicLong changes = new AtomicLong();
            return Panache.withSession(rates::reload)
                    .chain(() -> pagesFrom("", clients, changes))
                    .map(done -> {
                        ReevaluationResult result = new ReevaluationResult(clients.get(), changes.get(),
                                Duration.ofNanos(System.nanoTime() - started));
                        LOG.infof("re-evaluated %d clients: %d signal events in %d ms", result.clients(),
                                result.changes(), result.took().toMillis());
                        return result;
                    });
        });
    }

    private Uni<Void> pagesFrom(String after, AtomicLong clients, AtomicLong changes) {
        return pool.withTransaction(transaction -> page(transaction, after, changes)).chain(ids -> {
            clients.addAndGet(ids.size());
            if (ids.size() < config.batchSize()) {
                return Uni.createFrom().voidItem();
            }
            return pagesFrom(ids.get(ids.size() - 1), clients, changes);
        });
    }

    /** One page in one transaction; answers the client ids it visited. */
    private Uni<List<String>> page(SqlConnection transaction, String after, AtomicLong changeCount) {
        long start = System.nanoTime();
        return transaction.preparedQuery(CLIENT_PAGE).execute(Tuple.of(after, config.batchSize()))
                .map(rows -> {
                    List<String> ids = new ArrayList<>(rows.size());
                    rows.forEach(row -> ids.add(row.getString(0)));
                    return ids;
                })
                .call(ids -> ProfileTable.locked(transaction, ids)
                        .chain(profiles -> evaluation.evaluateHeld(transaction, List.copyOf(profiles.values()),
                                ClientEvaluation.Unusable.SKIP))
                        .invoke(changes -> {
                            changeCount.addAndGet(changes);
                            LOG.debugf("page of %d clients: %d signal events in %d ms", (Object) ids.size(), changes,
                                    (System.nanoTime() - start) / 1_000_000);
                        }));
    }
}
