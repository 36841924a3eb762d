package nl.nazorg.signal.evaluation.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.events.ClientDates;
import nl.nazorg.signal.config.SignalSettingsConfig;
import nl.nazorg.signal.config.TenantSettings;
import nl.nazorg.signal.evaluation.repository.RateChangeSelection;
import nl.nazorg.signal.market.repository.MarketRateRow;
import nl.nazorg.signal.market.service.MarketRateBook;
import nl.nazorg.signal.model.MarketRate;
import nl.nazorg.signal.model.MarketRates;
import nl.nazorg.signal.model.RateTableChange.AffectedPeriods;
import nl.nazorg.signal.projection.mapping.LoanPartFacts;
import nl.nazorg.signal.projection.repository.ClientKey;
import nl.nazorg.signal.projection.repository.LoanPartRow;
import nl.nazorg.signal.projection.repository.LoanPartTable;
import nl.nazorg.signal.projection.repository.ProfileRow;
import nl.nazorg.signal.projection.repository.ProfileTable;
import nl.nazorg.signal.projection.service.ReadModelUpgrade;
import nl.nazorg.signal.rules.SignalRules;
import nl.nazorg.signal.store.repository.SignalTable;

/**
 * A market-rate change, re-evaluated: the rates on offer compared with those the clients were last evaluated against
 * ({@link nl.nazorg.signal.model.RateTableChange}: nothing to do when no lookup can answer differently), the clients
 * the difference can affect selected in SQL on the loan-part read model ({@link RateChangeSelection}), in pages of
 * {@code rate-change-page-size} in client-id order; per page one
 * transaction that locks the profiles (in client-id order, as the consumers do, so the two cannot deadlock), reads the
 * page's loan parts and open signals with one query each, runs only the rules that read market rates on the worker
 * pool and writes the changed signals and their events at once. Two pages are in flight, so one is evaluated while
 * the other is read or written.
 */
@ApplicationScoped
public class RateChangePass {

    private static final Logger LOG = Logger.getLogger(RateChangePass.class);
    private static final SignalRules RULES = SignalRules.standard().readingMarketRates();
    private static final int PAGES_IN_FLIGHT = 2;

    @Inject
    ClientEvaluation evaluation;

    @Inject
    MarketRateBook rates;

    @Inject
    TenantSettings settings;

    @Inject
    SignalSettingsConfig config;

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    @Inject
    Vertx vertx;

    /**
     * Runs on its own Vert.x context; completes when every page is committed and the tables are no longer pending.
     *
     * @param allPeriods every loan part a rate can reach, not only those whose period the tables' changes reach (a
     *                   table was removed, so there is nothing to compare with)
     */
    public Uni<ReevaluationResult> run(boolean allPeriods) {
        return FreshContext.run(vertx, () -> {
            long started = System.nanoTime();
            Instant marker = clock.instant();
            AtomicLong clients = new AtomicLong();
            AtomicLong changes = new AtomicLong();
            LocalDate today = LocalDate.now(clock.withZone(ClientDates.ZONE));
            return Panache.withSession(rates::reloadForPass)
                    .chain(change -> {
                        AffectedPeriods periods = allPeriods ? AffectedPeriods.all() : change.affected(today);
                        return periods.none() ? Uni.createFrom().voidItem()
                                : pages(selection(change.current(), today, periods), clients, changes);
                    })
                    .chain(() -> Panache.withTransaction(() -> MarketRateRow.update(
                            "evaluatedPayload = payload, pendingSince = null where pendingSince <= ?1", marker)))
                    .map(done -> {
                        ReevaluationResult result = new ReevaluationResult(clients.get(), changes.get(),
                                Duration.ofNanos(System.nanoTime() - started));
                        LOG.infof("rate change: re-evaluated %d clients, %d signal events in %d ms",
                                result.clients(), result.changes(), result.took().toMillis());
                        return result;
                    });
        });
    }

    /** Other reactive work on a fresh context of its own (see {@link FreshContext}). */
    public <T> Uni<T> runOn(Supplier<Uni<T>> work) {
        return FreshContext.run(vertx, work);
    }

    private RateChangeSelection selection(MarketRates book, LocalDate today, AffectedPeriods periods) {
        BigDecimal lowest = book.tables().stream().flatMap(table -> table.rates().stream())
                .map(MarketRate::ratePercent).min(BigDecimal::compareTo).orElse(null);
        return new RateChangeSelection(lowest, today.plusMonths(settings.longestRateResetShockMonths()),
                RULES.types(), periods);
    }

    private Uni<Void> pages(RateChangeSelection selection, AtomicLong clients, AtomicLong changes) {
        int size = config.rateChangePageSize();
        AtomicReference<String> after = new AtomicReference<>("");
        return Multi.createBy().repeating()
                .uni(() -> selection.page(pool, after.get(), size).invoke(ids -> {
                    if (!ids.isEmpty()) {
                        after.set(ids.get(ids.size() - 1));
                    }
                }))
                .until(List::isEmpty)
                .onItem().transformToUni(ids -> pool.withTransaction(transaction -> page(transaction, ids))
                        .invoke(written -> {
                            clients.addAndGet(ids.size());
                            changes.addAndGet(written);
                        }))
                .merge(PAGES_IN_FLIGHT)
                .collect().last().replaceWithVoid();
    }

    /** One page in one transaction; answers the number of signal events written. */
    private Uni<Integer> page(SqlConnection transaction, List<String> ids) {
        return ProfileTable.lockedFacts(transaction, ids)
                .chain(profiles -> ReadModelUpgrade.apply(transaction, profiles)
                        .chain(unreadable -> judge(transaction, profiles.values().stream()
                                .filter(profile -> !unreadable.contains(profile.clientId)).toList())));
    }

    private Uni<Integer> judge(SqlConnection transaction, List<ProfileRow> profiles) {
        List<String> ids = profiles.stream().map(profile -> profile.clientId).toList();
        List<ClientKey> keys = profiles.stream().map(p -> new ClientKey(p.tenantId, p.clientId)).toList();
        return Uni.combine().all().unis(LoanPartTable.read(transaction, ids), SignalTable.openOf(transaction, keys))
                .asTuple()
                .chain(read -> evaluation.judge(transaction, profiles, profile -> LoanPartFacts.snapshot(
                                profile.clientId, profile.minimumMonthlySaving, owned(read.getItem1(), profile)),
                        read.getItem2(), RULES, ClientEvaluation.Unusable.SKIP));
    }

    private static List<LoanPartRow> owned(Map<String, List<LoanPartRow>> parts, ProfileRow profile) {
        List<LoanPartRow> own = parts.getOrDefault(profile.clientId, List.of());
        return own.stream().allMatch(part -> part.tenantId.equals(profile.tenantId)) ? own : List.of();
    }
}
