package nl.nazorg.signal.evaluation.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.events.signal.SignalResolution;
import nl.nazorg.signal.config.TenantSettings;
import nl.nazorg.signal.market.service.MarketRateBook;
import nl.nazorg.signal.model.ClientSnapshot;
import nl.nazorg.signal.projection.mapping.ClientSnapshots;
import nl.nazorg.signal.projection.repository.ClientLock;
import nl.nazorg.signal.projection.repository.PortfolioRow;
import nl.nazorg.signal.projection.repository.ProfileRow;
import nl.nazorg.signal.projection.repository.SurveyRow;
import nl.nazorg.signal.rules.EvaluationContext;
import nl.nazorg.signal.rules.RuleResult;
import nl.nazorg.signal.rules.SignalRules;
import nl.nazorg.signal.store.mapping.SignalEvents.Kind;
import nl.nazorg.signal.store.repository.SignalRow;
import nl.nazorg.signal.store.service.SignalChange;
import nl.nazorg.signal.store.service.SignalReconciliation;
import nl.nazorg.signal.store.service.SignalStore;

/**
 * Evaluates one client against every rule and records what changed, inside the caller's transaction (the
 * consumer's, so the projection change, the signals and their events commit together).
 */
@ApplicationScoped
public class ClientEvaluation {

    private static final SignalRules RULES = SignalRules.standard();

    @Inject
    MarketRateBook rates;

    @Inject
    TenantSettings settings;

    @Inject
    SignalStore store;

    @Inject
    Clock clock;

    /**
     * Locks the client's profile row (so a bulk pass and a consumer never evaluate one client at once), then
     * evaluates. Without a profile there is nothing to judge yet.
     */
    public Uni<Void> evaluate(String tenantId, String clientId) {
        return ProfileRow.lockedProfile(clientId).chain(profile ->
                profile == null || !profile.tenantId.equals(tenantId) ? Uni.createFrom().voidItem() : evaluate(profile));
    }

    /** Evaluates a profile row the caller already holds (and has locked or just created). */
    public Uni<Void> evaluate(ProfileRow profile) {
        String clientId = profile.clientId;
        return PortfolioRow.<PortfolioRow>findById(clientId)
                .chain(portfolio -> SurveyRow.<SurveyRow>findById(clientId)
                        .chain(survey -> store.openOf(profile.tenantId, clientId)
                                .chain(open -> store.record(changes(profile, portfolio, survey, open)))));
    }

    /** The rules' verdict on one client compared with its open signals (no I/O). */
    public List<SignalChange> changes(ProfileRow profile, PortfolioRow portfolio, SurveyRow survey,
            List<SignalRow> open) {
        ClientSnapshot snapshot = ClientSnapshots.of(profile, portfolio, survey);
        EvaluationContext context = EvaluationContext.at(clock, settings.of(profile.tenantId), rates.current());
        RuleResult result = RULES.evaluate(snapshot, context);
        open.forEach(row -> row.adviserId = profile.adviserId);
        return SignalReconciliation.reconcile(profile.tenantId, profile.clientId, profile.adviserId, open,
                result.findings(), clock.instant());
    }

    /** A client erased (tombstone): every open signal resolves as CLIENT_ERASED; the projection rows go. */
    public Uni<Void> erase(String tenantId, String clientId) {
        Instant now = clock.instant();
        return ClientLock.acquire(clientId).chain(() -> store.openOf(tenantId, clientId))
                .chain(open -> store.record(open.stream()
                        .map(row -> new SignalChange(Kind.RESOLVED,
                                SignalReconciliation.resolve(row, SignalResolution.CLIENT_ERASED, now)))
                        .toList()))
                .chain(() -> ProfileRow.delete("clientId = ?1 and tenantId = ?2", clientId, tenantId))
                .chain(() -> PortfolioRow.delete("clientId = ?1 and tenantId = ?2", clientId, tenantId))
                .chain(() -> SurveyRow.delete("clientId = ?1 and tenantId = ?2", clientId, tenantId))
                .replaceWithVoid();
    }
}
