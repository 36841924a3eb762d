package nl.nazorg.signal.projection.service;

import java.time.LocalDate;
import java.util.stream.Collectors;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.events.portfolio.Portfolio;
import nl.nazorg.events.survey.SurveyCompleted;
import nl.nazorg.events.survey.WishCode;
import nl.nazorg.messaging.consumer.PoisonRecordException;
import nl.nazorg.signal.evaluation.service.ClientEvaluation;
import nl.nazorg.signal.projection.mapping.ClientSnapshots;
import nl.nazorg.signal.projection.mapping.PortfolioMapping;
import nl.nazorg.signal.projection.mapping.ProfileMapping;
import nl.nazorg.signal.projection.repository.ClientLock;
import nl.nazorg.signal.projection.repository.PortfolioRow;
import nl.nazorg.signal.projection.repository.ProfileRow;
import nl.nazorg.signal.projection.repository.SurveyRow;
import nl.nazorg.signal.rules.EvaluationContext;

/**
 * Applies profile, portfolio and survey events to the projection and re-evaluates the client, in the consumer's
 * transaction. A stale version (not newer than the one held) changes nothing and evaluates nothing.
 */
@ApplicationScoped
public class ProjectionService {

    @Inject
    ClientEvaluation evaluation;

    public Uni<Void> applyProfile(ClientProfile profile) {
        usable(() -> ProfileMapping.toDomain(profile), "profile");
        return ClientLock.acquire(profile.clientId())
                .chain(() -> ProfileRow.lockedProfile(profile.clientId())).chain(found -> {
            ownedBy(found == null ? null : found.tenantId, profile.tenantId());
            ProfileRow row = found != null ? found : newProfile(profile);
            boolean applied = row.applyIfNewer(profile.version(), () -> {
                row.adviserId = profile.adviserId();
                row.payload = ClientSnapshots.json(profile);
            });
            if (!applied) {
                return Uni.createFrom().voidItem();
            }
            return row.persist().chain(() -> evaluation.evaluate(row));
        });
    }

    public Uni<Void> applyPortfolio(Portfolio portfolio) {
        usable(() -> PortfolioMapping.toDomain(portfolio), "portfolio");
        return ClientLock.acquire(portfolio.clientId())
                .chain(() -> PortfolioRow.<PortfolioRow>findById(portfolio.clientId())).chain(found -> {
            ownedBy(found == null ? null : found.tenantId, portfolio.tenantId());
            PortfolioRow row = found;
            if (row == null) {
                row = new PortfolioRow();
                row.clientId = portfolio.clientId();
                row.tenantId = portfolio.tenantId();
            }
            PortfolioRow target = row;
            boolean applied = target.applyIfNewer(portfolio.version(), () -> {
                target.loanParts = PortfolioMapping.loanPartsWithDebt(portfolio);
                target.payload = ClientSnapshots.json(portfolio);
            });
            if (!applied) {
                return Uni.createFrom().voidItem();
            }
            return target.persist().chain(() -> evaluation.evaluate(portfolio.tenantId(), portfolio.clientId()));
        });
    }

    /** Keeps the wishes of the latest response and the latest NPS answer; older responses arriving late are ignored. */
    public Uni<Void> applySurvey(SurveyCompleted response) {
        return ClientLock.acquire(response.clientId())
                .chain(() -> SurveyRow.<SurveyRow>findById(response.clientId())).chain(found -> {
            ownedBy(found == null ? null : found.tenantId, response.tenantId());
            SurveyRow row = found;
            if (row == null) {
                row = new SurveyRow();
                row.clientId = response.clientId();
                row.tenantId = response.tenantId();
            }
            LocalDate on = response.completedAt() == null ? null
                    : response.completedAt().atZone(EvaluationContext.CLIENT_ZONE).toLocalDate();
            if (on == null) {
                throw new PoisonRecordException("survey response without completedAt");
            }
            if (row.wishesCompletedAt == null || response.completedAt().isAfter(row.wishesCompletedAt)) {
                row.wishes = response.wishes().stream().filter(w -> w != WishCode.UNKNOWN).map(Enum::name)
                        .distinct().collect(Collectors.joining(","));
                row.wishesResponseId = response.responseId();
                row.wishesCompletedAt = response.completedAt();
                row.wishesStatedOn = on;
            }
            if (response.npsScore() != null
                    && (row.npsCompletedAt == null || response.completedAt().isAfter(row.npsCompletedAt))) {
                row.npsScore = response.npsScore();
                row.npsResponseId = response.responseId();
                row.npsCompletedAt = response.completedAt();
                row.npsAnsweredOn = on;
            }
            return row.persist().chain(() -> evaluation.evaluate(response.tenantId(), response.clientId()));
        });
    }

    private static ProfileRow newProfile(ClientProfile profile) {
        ProfileRow row = new ProfileRow();
        row.clientId = profile.clientId();
        row.tenantId = profile.tenantId();
        return row;
    }

    /** A client id already held for another tenant is refused rather than overwritten. */
    private static void ownedBy(String storedTenant, String tenantId) {
        if (storedTenant != null && !storedTenant.equals(tenantId)) {
            throw new PoisonRecordException("clientId belongs to another tenant");
        }
    }

    /** Data the rules cannot read (e.g. a negative principal) is poison: it would fail on every retry. */
    private static void usable(Runnable mapping, String what) {
        try {
            mapping.run();
        } catch (NullPointerException e) {
            throw new PoisonRecordException(what + " lacks a field the signal rules need: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new PoisonRecordException(what + " holds a value the signal rules refuse", e);
        }
    }
}
