package nl.nazorg.signal.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.events.client.Household;
import nl.nazorg.events.client.PersonName;
import nl.nazorg.events.client.Subscription;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.events.market.MarketRate;
import nl.nazorg.events.market.MarketRateTable;
import nl.nazorg.events.portfolio.Insurance;
import nl.nazorg.events.portfolio.InsuranceType;
import nl.nazorg.events.portfolio.LoanPart;
import nl.nazorg.events.portfolio.Mortgage;
import nl.nazorg.events.portfolio.Portfolio;
import nl.nazorg.events.portfolio.RepaymentType;
import nl.nazorg.events.portfolio.RiskClass;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.signal.evaluation.service.RateChangePass;
import nl.nazorg.signal.evaluation.service.ReevaluationResult;
import nl.nazorg.signal.support.PlatformTopicsResource;

/**
 * A market-rate change over many loan parts, test-sized: {@code -Dscale.loanParts=100000} for the figure the
 * README reports (default 20,000 to keep the suite quick on two shared cores). Every client of "firm-scale" has
 * two variable-rate NHG parts of € 150.000 at 4,5%; the rate drops to 3,0%, so each client gets exactly one
 * REFINANCE_SAVING. The projection is loaded with SQL (the ingest path is covered by the flow tests).
 */
@QuarkusTest
@WithTestResource(PlatformTopicsResource.class)
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "signal"))
class RateChangeScaleTest {

    private static final Logger LOG = Logger.getLogger(RateChangeScaleTest.class);
    private static final String TENANT = "firm-scale";
    private static final int LOAN_PARTS = Integer.getInteger("scale.loanParts", 20_000);

    @Inject
    RateChangePass pass;

    @Test
    void aRateDropOverEveryLoanPartRaisesOneSignalPerClientInBatches() throws Exception {
        int clients = LOAN_PARTS / 2;
        String run = Long.toString(System.nanoTime(), 36);
        try (Connection db = NazorgTestInfrastructure.dataSource("signal").getConnection()) {
            load(db, run, clients);
            rateTable(db, "4.600");
            ReevaluationResult baseline = pass.run(false).await().atMost(Duration.ofMinutes(10));
            assertThat(count(db, run, "REFINANCE_SAVING")).isZero();
            assertThat(loanPartRows(db, run)).as("rows stored before the read model, brought up to it")
                    .isEqualTo(2L * clients);

            rateTable(db, "3.000");
            long started = System.nanoTime();
            ReevaluationResult drop = pass.run(false).await().atMost(Duration.ofMinutes(10));
            long evaluated = System.nanoTime();
            await().atMost(Duration.ofMinutes(10)).until(() -> pendingOutbox(db) == 0);
            long published = System.nanoTime();

            assertThat(count(db, run, "REFINANCE_SAVING")).isEqualTo(clients);
            LOG.infof("SCALE %d loan parts (%d clients): baseline pass %d ms; rate drop re-evaluated in %d ms "
                            + "(%d signal events), published on signals.v1 after %d ms (%.1f µs per loan part)",
                    LOAN_PARTS, clients, baseline.took().toMillis(), (evaluated - started) / 1_000_000,
                    drop.changes(), (published - started) / 1_000_000,
                    (published - started) / 1_000.0 / LOAN_PARTS);
        }
    }

    private static void load(Connection db, String run, int clients) throws SQLException {
        db.setAutoCommit(false);
        try (PreparedStatement profiles = db.prepareStatement("INSERT INTO client_profile "
                + "(client_id, tenant_id, adviser_id, payload, aggregate_version) VALUES (?, ?, ?, ?, 1)");
             PreparedStatement portfolios = db.prepareStatement("INSERT INTO client_portfolio "
                     + "(client_id, tenant_id, loan_parts, payload, aggregate_version) VALUES (?, ?, 2, ?, 1)")) {
            for (int i = 0; i < clients; i++) {
                String clientId = "scale-" + run + "-" + i;
                profiles.setString(1, clientId);
                profiles.setString(2, TENANT);
                profiles.setString(3, "adviser-" + (i % 20));
                profiles.setString(4, json(profile(clientId)));
                profiles.addBatch();
                portfolios.setString(1, clientId);
                portfolios.setString(2, TENANT);
                portfolios.setString(3, json(portfolio(clientId)));
                portfolios.addBatch();
                if (i % 1000 == 999) {
                    profiles.executeBatch();
                    portfolios.executeBatch();
                }
            }
            profiles.executeBatch();
            portfolios.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
    }

    private static void rateTable(Connection db, String rate) throws SQLException {
        MarketRateTable table = MarketRateTable.of("SCALEBANK", "Scale Bank", LocalDate.of(2026, 3, 1),
                List.of(new MarketRate(10, RiskClass.NHG, new BigDecimal(rate))), Instant.now());
        // Stored and marked pending as the rate listener stores a changed table.
        try (PreparedStatement upsert = db.prepareStatement("INSERT INTO market_rate_table (lender, payload, "
                + "received_at, pending_since) VALUES ('SCALEBANK', ?, now(), now()) ON CONFLICT (lender) DO UPDATE "
                + "SET payload = excluded.payload, pending_since = excluded.pending_since")) {
            upsert.setString(1, json(table));
            upsert.executeUpdate();
        }
    }

    private static long loanPartRows(Connection db, String run) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT count(*) FROM loan_part WHERE client_id LIKE ?")) {
            query.setString(1, "scale-" + run + "-%");
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long count(Connection db, String run, String type) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT count(*) FROM signal WHERE client_id LIKE ? "
                + "AND type = ? AND resolved_at IS NULL")) {
            query.setString(1, "scale-" + run + "-%");
            query.setString(2, type);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static long pendingOutbox(Connection db) throws SQLException {
        try (ResultSet result = db.createStatement().executeQuery(
                "SELECT count(*) FROM nazorg_outbox WHERE failed_at IS NULL")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static ClientProfile profile(String clientId) {
        return new ClientProfile(TENANT, clientId, 1, null, new PersonName(null, null, null, "Scale"), null,
                LocalDate.of(1985, 8, 8), null, null, null, null, null, Household.SINGLE, "adviser-1",
                Subscription.NONE, null, null, null, List.of(), Instant.now());
    }

    private static Portfolio portfolio(String clientId) {
        List<LoanPart> parts = List.of(part(clientId + "-1"), part(clientId + "-2"));
        Mortgage mortgage = new Mortgage(clientId + "-M", "OWNBANK", null, LocalDate.of(2020, 1, 1),
                LocalDate.of(2050, 1, 1), true, parts);
        List<Insurance> insurances = List.of(InsuranceType.BUILDING, InsuranceType.CONTENTS, InsuranceType.TRAVEL,
                InsuranceType.LIABILITY).stream().map(type -> new Insurance(clientId + "-" + type, type, "Insurer",
                        null, null, new BigDecimal("10.00"), LocalDate.of(2020, 1, 1), null)).toList();
        return new Portfolio(TENANT, clientId, 1, null, List.of(mortgage), insurances, Instant.now());
    }

    private static LoanPart part(String id) {
        return new LoanPart(id, RepaymentType.ANNUITY, new BigDecimal("160000.00"), new BigDecimal("150000.00"),
                new BigDecimal("4.500"), 10, null, RiskClass.NHG, null);
    }

    private static String json(nl.nazorg.events.EventPayload payload) {
        return new String(EventJson.write(payload), StandardCharsets.UTF_8);
    }
}
