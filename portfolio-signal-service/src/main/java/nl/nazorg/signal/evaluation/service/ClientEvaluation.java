package nl.nazorg.signal.evaluation.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.events.signal.SignalResolution;
import nl.nazorg.signal.config.TenantSettings;
import nl.nazorg.signal.market.service.MarketRateBook;
import nl.nazorg.signal.model.ClientSnapshot;
import nl.nazorg.signal.projection.mapping.ClientSnapshots;
import nl.nazorg.signal.projection.repository.ClientKey;
import nl.nazorg.signal.projection.repository.PortfolioRow;
import nl.nazorg.signal.projection.repository.PortfolioTable;
import nl.nazorg.signal.projection.repository.ProfileRow;
import nl.nazorg.signal.projection.repository.ProfileTable;
import nl.nazorg.signal.projection.repository.ProjectionErasure;
import nl.nazorg.signal.projection.repository.SurveyRow;
import nl.nazorg.signal.projection.repository.SurveyTable;
import nl.nazorg.signal.rules.EvaluationContext;
import nl.nazorg.signal.rules.RuleResult;
import nl.nazorg.signal.rules.SignalRules;
import nl.nazorg.signal.store.mapping.SignalEvents.Kind;
import nl.nazorg.signal.store.repository.SignalRow;
import nl.nazorg.signal.store.repository.SignalTable;
import nl.nazorg.signal.store.service.SignalChange;
import nl.nazorg.signal.store.service.SignalReconciliation;
import nl.nazorg.signal.store.service.SignalStore;

/**
 * Evaluates many clients at once inside the caller's transaction of the reactive client (a consumer's poll or a
 * page of a bulk pass), so the projection change, the signals and their events commit together: one query each for
 * the clients' portfolios, surveys and open signals (sent together), the rules in memory on the worker pool, and
 * the changes written with three statements whatever their number.
 */
@ApplicationScoped
public class ClientEvaluation {

    private static final Logger LOG = Logger.getLogger(ClientEvaluation.class);
    private static final SignalRules RULES = SignalRules.standard();

    /** What to do with a client whose stored data the rules cannot read. */
    public enum Unusable {
        /** Fail the call: a consumer's batch is split until the record that brought the data stands alone. */
        FAIL,
        /** Log and leave the client out: a bulk pass must not stop at one client an older rule set accepted. */
        SKIP
    }

    @Inject
    MarketRateBook rates;

    @Inject
    TenantSettings settings;

    @Inject
    SignalStore store;

    @Inject
    Clock clock;

    /**
     * Locks these clients' profiles (in client-id order) and evaluates those held for the given tenant; without a
     * profile there is nothing to judge yet.
     *
     * @return the number of signal events written
     */
    public Uni<Integer> evaluate(SqlConnection transaction, Collection<ClientKey> clients) {
        return evaluate(transaction, clients, Map.of());
    }

    /**
     * Evaluates the clients of portfolio rows just written under their locks: the same as {@link #evaluate}, but these
     * portfolios are taken as they are instead of being read back.
     *
     * @return the number of signal events written
     */
    public Uni<Integer> evaluateWritten(SqlConnection transaction, List<PortfolioRow> portfolios) {
        return evaluate(transaction, portfolios.stream().map(p -> new ClientKey(p.tenantId, p.clientId)).toList(),
                portfolios.stream().collect(Collectors.toMap(p -> p.clientId, p -> p, (a, b) -> b)));
    }

    private Uni<Integer> evaluate(SqlConnection transaction, Collection<ClientKey> clients,
            Map<String, PortfolioRow> written) {
        Set<ClientKey> wanted = Set.copyOf(clients);
        return ProfileTable.locked(transaction, clients.stream().map(ClientKey::clientId).distinct().toList())
                .chain(profiles -> evaluateHeld(transaction, profiles.values().stream()
                        .filter(p -> wanted.contains(new ClientKey(p.tenantId, p.clientId))).toList(),
                        written, Unusable.FAIL));
    }

    /**
     * Evaluates profile rows the caller holds (locked, or just written under the clients' locks) by every rule.
     *
     * @return the number of signal events written
     */
    public Uni<Integer> evaluateHeld(SqlConnection transaction, List<ProfileRow> profiles, Unusable unusable) {
        return evaluateHeld(transaction, profiles, Map.of(), unusable);
    }

    private Uni<Integer> evaluateHeld(SqlConnection transaction, List<ProfileRow> profiles,
            Map<String, PortfolioRow> written, Unusable unusable) {
        if (profiles.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<String> ids = profiles.stream().map(p -> p.clientId).toList();
        List<String> unread = ids.stream().filter(id -> !written.containsKey(id)).toList();
        List<ClientKey> clients = profiles.stream().map(p -> new ClientKey(p.tenantId, p.clientId)).toList();
        return Uni.combine().all().unis(PortfolioTable.read(transaction, unread)
                                .map(read -> withWritten(read, written)), SurveyTable.read(transaction, ids),
                        SignalTable.openOf(transaction, clients)).asTuple()
                .chain(read -> judge(transaction, profiles, profile -> ClientSnapshots.of(profile,
                        owned(read.getItem1().get(profile.clientId), profile),
                        owned(read.getItem2().get(profile.clientId), profile)), read.getItem3(), RULES, unusable));
    }

    /**
     * Judges clients whose profiles the caller holds: on the worker pool, each by the rules on what {@code snapshot}
     * builds for it, its findings compared with its open signals; the changes are recorded in the transaction.
     *
     * @return the number of signal events written
     */
    public Uni<Integer> judge(SqlConnection transaction, List<ProfileRow> profiles,
            Function<ProfileRow, ClientSnapshot> snapshot, List<SignalRow> open, SignalRules rules, Unusable unusable) {
        return OnWorkers.compute(() -> changes(profiles, snapshot, open, rules, unusable))
                .chain(changes -> store.record(transaction, changes).replaceWith(changes.size()));
    }

    /**
     * Erased clients (tombstones): every open signal of the client's tenant resolves as CLIENT_ERASED, and the
     * projection rows go. The caller holds the clients' locks.
     */
    public Uni<Void> erase(SqlConnection transaction, Collection<ClientKey> clients) {
        if (clients.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Instant now = clock.instant();
        return SignalTable.openOf(transaction, clients)
                .map(open -> open.stream()
                        .map(row -> new SignalChange(Kind.RESOLVED,
                                SignalReconciliation.resolve(row, SignalResolution.CLIENT_ERASED, now)))
                        .toList())
                .chain(resolved -> store.record(transaction, resolved))
                .chain(() -> ProjectionErasure.delete(transaction, clients));
    }

    private List<SignalChange> changes(List<ProfileRow> profiles, Function<ProfileRow, ClientSnapshot> snapshot,
            List<SignalRow> open, SignalRules rules, Unusable unusable) {
        Map<String, List<SignalRow>> openByClient = open.stream().collect(Collectors.groupingBy(s -> s.clientId));
        Instant now = clock.instant();
        return profiles.parallelStream().flatMap(profile -> {
            try {
                return changes(profile, snapshot.apply(profile),
                        openByClient.getOrDefault(profile.clientId, List.of()), rules, now).stream();
            } catch (RuntimeException e) {
                if (unusable == Unusable.FAIL) {
                    throw e;
                }
                LOG.warnf("client %s not re-evaluated: %s", profile.clientId, e.getClass().getSimpleName());
                return Stream.<SignalChange>empty();
            }
        }).toList();
    }

    /** The rules' verdict on one client compared with its open signals (no I/O). */
    private List<SignalChange> changes(ProfileRow profile, ClientSnapshot snapshot, List<SignalRow> open,
            SignalRules rules, Instant now) {
        EvaluationContext context = EvaluationContext.at(clock, settings.of(profile.tenantId), rates.current());
        RuleResult result = rules.evaluate(snapshot, context);
        open.forEach(row -> row.adviserId = profile.adviserId);
        return SignalReconciliation.reconcile(profile.tenantId, profile.clientId, profile.adviserId, open,
                result.findings(), rules.types(), now);
    }

    private static Map<String, PortfolioRow> withWritten(Map<String, PortfolioRow> read,
            Map<String, PortfolioRow> written) {
        if (written.isEmpty()) {
            return read;
        }
        Map<String, PortfolioRow> all = new HashMap<>(read);
        all.putAll(written);
        return all;
    }

    private static PortfolioRow owned(PortfolioRow portfolio, ProfileRow profile) {
        return portfolio != null && portfolio.tenantId.equals(profile.tenantId) ? portfolio : null;
    }

    private static SurveyRow owned(SurveyRow survey, ProfileRow profile) {
        return survey != null && survey.tenantId.equals(profile.tenantId) ? survey : null;
    }
}
