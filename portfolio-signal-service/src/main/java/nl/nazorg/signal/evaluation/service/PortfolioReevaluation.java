package nl.nazorg.signal.evaluation.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import nl.nazorg.signal.config.SignalSettingsConfig;
import nl.nazorg.signal.market.repository.MarketRateRow;
import nl.nazorg.signal.market.service.MarketRateBook;
import nl.nazorg.signal.projection.repository.PortfolioRow;
import nl.nazorg.signal.projection.repository.ProfileRow;
import nl.nazorg.signal.projection.repository.SurveyRow;
import nl.nazorg.signal.store.repository.SignalRow;
import nl.nazorg.signal.store.service.SignalChange;
import nl.nazorg.signal.store.service.SignalStore;

/**
 * Re-evaluates many clients set-wise: keyset pages of {@code batch-size} clients in client-id order, each page one
 * transaction that reads its profiles, portfolios, surveys and open signals with one query each, evaluates in
 * memory and writes its signal changes and outbox rows at once. Memory stays at one page, whatever the portfolio.
 * Profiles are locked for the page's transaction, so a consumer updating the same client waits rather than racing.
 */
@ApplicationScoped
public class PortfolioReevaluation {

    private static final Logger LOG = Logger.getLogger(PortfolioReevaluation.class);

    @Inject
    ClientEvaluation evaluation;

    @Inject
    SignalStore store;

    @Inject
    MarketRateBook rates;

    @Inject
    SignalSettingsConfig config;

    @Inject
    Clock clock;

    @Inject
    Vertx vertx;

    /** Runs on its own Vert.x context; completes when every page is committed. */
    public Uni<ReevaluationResult> run(ReevaluationScope scope) {
        return FreshContext.run(vertx, () -> {
            Instant started = Instant.now();
            Instant marker = clock.instant();
            AtomicLong clients = new AtomicLong();
            AtomicLong changes = new AtomicLong();
            return Panache.withSession(rates::reload)
                    .chain(() -> pagesFrom("", scope, clients, changes))
                    .chain(() -> scope == ReevaluationScope.LOAN_PARTS
                            ? Panache.withTransaction(() -> MarketRateRow.update(
                                    "pendingSince = null where pendingSince <= ?1", marker)).replaceWithVoid()
                            : Uni.createFrom().voidItem())
                    .map(done -> {
                        ReevaluationResult result = new ReevaluationResult(scope, clients.get(), changes.get(),
                                Duration.between(started, Instant.now()));
                        LOG.infof("re-evaluated %d clients (%s): %d signal events in %d ms", result.clients(),
                                scope, result.changes(), result.took().toMillis());
                        return result;
                    });
        });
    }

    /** Other reactive work on a fresh context of its own (see {@link FreshContext}). */
    public <T> Uni<T> runOn(java.util.function.Supplier<Uni<T>> work) {
        return FreshContext.run(vertx, work);
    }

    private Uni<Void> pagesFrom(String after, ReevaluationScope scope, AtomicLong clients, AtomicLong changes) {
        return Panache.withTransaction(() -> page(after, scope, changes)).chain(ids -> {
            clients.addAndGet(ids.size());
            if (ids.size() < config.batchSize()) {
                return Uni.createFrom().voidItem();
            }
            return pagesFrom(ids.get(ids.size() - 1), scope, clients, changes);
        });
    }

    /** One page in one transaction; answers the client ids it visited. */
    private Uni<List<String>> page(String after, ReevaluationScope scope, AtomicLong changeCount) {
        String hql = scope == ReevaluationScope.LOAN_PARTS
                ? "select p.clientId from PortfolioRow p where p.loanParts > 0 and p.clientId > :after order by p.clientId"
                : "select p.clientId from ProfileRow p where p.clientId > :after order by p.clientId";
        Uni<List<String>> ids = Panache.getSession().chain(session -> session.createSelectionQuery(hql, String.class)
                .setParameter("after", after).setMaxResults(config.batchSize()).getResultList());
        long start = System.nanoTime();
        return ids.chain(clientIds -> clientIds.isEmpty() ? Uni.createFrom().item(clientIds)
                : ProfileRow.<ProfileRow>find("clientId in ?1 order by clientId", clientIds)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).list()
                        .chain(profiles -> PortfolioRow.<PortfolioRow>list("clientId in ?1", clientIds)
                                .chain(portfolios -> SurveyRow.<SurveyRow>list("clientId in ?1", clientIds)
                                        .chain(surveys -> store.openOf(clientIds)
                                                .chain(open -> {
                                                    long loaded = System.nanoTime();
                                                    return onWorkers(() -> evaluate(profiles,
                                                            byClient(portfolios, p -> p.clientId),
                                                            byClient(surveys, s -> s.clientId), open))
                                                            .chain(changes -> {
                                                                long evaluated = System.nanoTime();
                                                                changeCount.addAndGet(changes.size());
                                                                return store.record(changes).invoke(() -> LOG.debugf(
                                                                        "page of %d: loaded in %d ms, evaluated in"
                                                                                + " %d ms, %d changes written in %d ms",
                                                                        clientIds.size(), (loaded - start) / 1_000_000,
                                                                        (evaluated - loaded) / 1_000_000,
                                                                        changes.size(),
                                                                        (System.nanoTime() - evaluated) / 1_000_000));
                                                            });
                                                }))))
                        .replaceWith(clientIds));
    }

    /**
     * Runs the CPU-bound evaluation of a page on the worker pool (in parallel over the cores) and continues on
     * this Vert.x context, where the Hibernate Reactive session lives; the event loop stays free meanwhile.
     */
    private static <T> Uni<T> onWorkers(Supplier<T> work) {
        Context context = Vertx.currentContext();
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .emitOn(command -> context.runOnContext(ignored -> command.run()));
    }

    private List<SignalChange> evaluate(List<ProfileRow> profiles, Map<String, PortfolioRow> portfolios,
            Map<String, SurveyRow> surveys, List<SignalRow> open) {
        Map<String, List<SignalRow>> openByClient = open.stream().collect(Collectors.groupingBy(s -> s.clientId));
        return profiles.parallelStream().flatMap(profile -> {
            List<SignalRow> ownOpen = openByClient.getOrDefault(profile.clientId, List.of()).stream()
                    .filter(s -> s.tenantId.equals(profile.tenantId)).toList();
            try {
                return evaluation.changes(profile, portfolios.get(profile.clientId), surveys.get(profile.clientId),
                        ownOpen).stream();
            } catch (RuntimeException e) {
                // One client's unusable data must not stop the portfolio; it was accepted by an older rule set.
                LOG.warnf("client %s not re-evaluated: %s", profile.clientId, e.getClass().getSimpleName());
                return java.util.stream.Stream.<SignalChange>empty();
            }
        }).toList();
    }

    private static <T> Map<String, T> byClient(List<T> rows, Function<T, String> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
