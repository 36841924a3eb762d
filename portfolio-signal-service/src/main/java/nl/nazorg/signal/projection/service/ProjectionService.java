package nl.nazorg.signal.projection.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.events.ClientDates;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.events.portfolio.Portfolio;
import nl.nazorg.events.survey.SurveyCompleted;
import nl.nazorg.events.survey.WishCode;
import nl.nazorg.messaging.consumer.NewestPerKey;
import nl.nazorg.messaging.consumer.PoisonRecordException;
import nl.nazorg.signal.evaluation.service.ClientEvaluation;
import nl.nazorg.signal.projection.mapping.ClientSnapshots;
import nl.nazorg.signal.projection.mapping.LoanPartFacts;
import nl.nazorg.signal.projection.mapping.PortfolioMapping;
import nl.nazorg.signal.projection.repository.ClientKey;
import nl.nazorg.signal.projection.repository.ClientLock;
import nl.nazorg.signal.projection.repository.LoanPartRow;
import nl.nazorg.signal.projection.repository.LoanPartTable;
import nl.nazorg.signal.projection.repository.PortfolioRow;
import nl.nazorg.signal.projection.repository.PortfolioTable;
import nl.nazorg.signal.projection.repository.ProfileRow;
import nl.nazorg.signal.projection.repository.ProfileTable;
import nl.nazorg.signal.projection.repository.SurveyRow;
import nl.nazorg.signal.projection.repository.SurveyTable;

/**
 * Applies a poll of profile, portfolio or survey events to the projection and re-evaluates the clients whose rows
 * changed, in the consumer's transaction: the clients locked in id order, their rows read with one statement,
 * the newest version per client applied in memory, the changed rows written with one statement, and the clients
 * evaluated together ({@link ClientEvaluation}). A stale version (not newer than the one held) changes nothing and
 * evaluates nothing; a client held for another tenant is refused, never overwritten.
 */
@ApplicationScoped
public class ProjectionService {

    @Inject
    ClientEvaluation evaluation;

    public Uni<Void> applyProfiles(SqlConnection transaction, ClientChanges<ClientProfile> changes) {
        List<ClientProfile> newest = NewestPerKey.of(changes.values(), ClientProfile::clientId, ClientProfile::version);
        List<String> ids = newest.stream().map(ClientProfile::clientId).toList();
        return lockAndErase(transaction, changes, ids)
                .chain(() -> ProfileTable.locked(transaction, ids))
                .chain(held -> {
                    List<ProfileRow> changed = new ArrayList<>();
                    for (ClientProfile profile : newest) {
                        ProfileRow row = held.get(profile.clientId());
                        ownedBy(row == null ? null : row.tenantId, profile.tenantId());
                        ProfileRow target = row != null ? row : newProfile(profile);
                        if (target.applyIfNewer(profile.version(), () -> {
                            target.adviserId = profile.adviserId();
                            target.payload = ClientSnapshots.json(profile);
                            target.minimumMonthlySaving = profile.minimumMonthlySaving();
                            target.readModelVersion = LoanPartTable.READ_MODEL_VERSION;
                            target.written = profile;
                        })) {
                            changed.add(target);
                        }
                    }
                    return ProfileTable.upsert(transaction, changed)
                            .chain(() -> evaluation.evaluateHeld(transaction, changed, ClientEvaluation.Unusable.FAIL));
                })
                .replaceWithVoid();
    }

    public Uni<Void> applyPortfolios(SqlConnection transaction, ClientChanges<Portfolio> changes) {
        List<Portfolio> newest = NewestPerKey.of(changes.values(), Portfolio::clientId, Portfolio::version);
        List<String> ids = newest.stream().map(Portfolio::clientId).toList();
        return lockAndErase(transaction, changes, ids)
                .chain(() -> PortfolioTable.read(transaction, ids))
                .chain(held -> {
                    List<PortfolioRow> changed = new ArrayList<>();
                    for (Portfolio portfolio : newest) {
                        PortfolioRow row = held.get(portfolio.clientId());
                        ownedBy(row == null ? null : row.tenantId, portfolio.tenantId());
                        PortfolioRow target = row != null ? row : newPortfolio(portfolio);
                        if (target.applyIfNewer(portfolio.version(), () -> {
                            target.loanParts = PortfolioMapping.loanPartsWithDebt(portfolio);
                            target.payload = ClientSnapshots.json(portfolio);
                            target.readModelVersion = LoanPartTable.READ_MODEL_VERSION;
                            target.written = portfolio;
                        })) {
                            changed.add(target);
                        }
                    }
                    return PortfolioTable.upsert(transaction, changed)
                            .chain(() -> LoanPartTable.replace(transaction, ids(changed), loanParts(changed)))
                            .chain(() -> evaluation.evaluateWritten(transaction, changed));
                })
                .replaceWithVoid();
    }

    /**
     * Keeps the wishes of the latest response and the latest NPS answer per client; older responses arriving late
     * are ignored. Responses of one poll are merged in their order.
     */
    public Uni<Void> applySurveys(SqlConnection transaction, List<SurveyCompleted> responses) {
        List<String> ids = responses.stream().map(SurveyCompleted::clientId).distinct().toList();
        return ClientLock.acquire(transaction, ids)
                .chain(() -> SurveyTable.read(transaction, ids))
                .chain(held -> {
                    Map<String, SurveyRow> merged = new LinkedHashMap<>(held);
                    for (SurveyCompleted response : responses) {
                        SurveyRow row = merged.get(response.clientId());
                        ownedBy(row == null ? null : row.tenantId, response.tenantId());
                        merged.put(response.clientId(), merge(row != null ? row : newSurvey(response), response));
                    }
                    List<SurveyRow> changed = ids.stream().map(merged::get).toList();
                    return SurveyTable.upsert(transaction, changed).chain(() -> evaluation.evaluate(transaction,
                            changed.stream().map(row -> new ClientKey(row.tenantId, row.clientId)).toList()));
                })
                .replaceWithVoid();
    }

    /** Takes the locks of every client of the poll, then erases those that were erased (tombstones) first. */
    private Uni<Void> lockAndErase(SqlConnection transaction, ClientChanges<?> changes, List<String> changedIds) {
        List<String> ids = new ArrayList<>(changedIds);
        changes.erased().forEach(client -> ids.add(client.clientId()));
        return ClientLock.acquire(transaction, ids).chain(() -> evaluation.erase(transaction, changes.erased()));
    }

    private static List<String> ids(List<PortfolioRow> rows) {
        return rows.stream().map(row -> row.clientId).toList();
    }

    private static List<LoanPartRow> loanParts(List<PortfolioRow> written) {
        return written.stream().flatMap(row -> LoanPartFacts.rows(row).stream()).toList();
    }

    private static SurveyRow merge(SurveyRow row, SurveyCompleted response) {
        LocalDate on = response.completedAt().atZone(ClientDates.ZONE).toLocalDate();
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
        return row;
    }

    private static ProfileRow newProfile(ClientProfile profile) {
        ProfileRow row = new ProfileRow();
        row.clientId = profile.clientId();
        row.tenantId = profile.tenantId();
        return row;
    }

    private static PortfolioRow newPortfolio(Portfolio portfolio) {
        PortfolioRow row = new PortfolioRow();
        row.clientId = portfolio.clientId();
        row.tenantId = portfolio.tenantId();
        return row;
    }

    private static SurveyRow newSurvey(SurveyCompleted response) {
        SurveyRow row = new SurveyRow();
        row.clientId = response.clientId();
        row.tenantId = response.tenantId();
        return row;
    }

    /** A client id already held for another tenant is refused rather than overwritten. */
    private static void ownedBy(String storedTenant, String tenantId) {
        if (storedTenant != null && !storedTenant.equals(tenantId)) {
            throw new PoisonRecordException("clientId belongs to another tenant");
        }
    }

    /**
     * Data the rules cannot read (e.g. a negative principal) is poison: it would fail on every retry. For the
     * listeners' checks, so such a record is dead-lettered while the poll is read.
     */
    public static <T> void requireUsable(T payload, Function<T, ?> mapping, String what) {
        try {
            mapping.apply(payload);
        } catch (NullPointerException e) {
            throw new PoisonRecordException(what + " lacks a field the signal rules need: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new PoisonRecordException(what + " holds a value the signal rules refuse", e);
        }
    }
}
