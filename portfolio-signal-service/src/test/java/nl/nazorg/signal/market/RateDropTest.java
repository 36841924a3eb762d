package nl.nazorg.signal.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.events.client.Household;
import nl.nazorg.events.client.PersonName;
import nl.nazorg.events.client.Subscription;
import nl.nazorg.events.portfolio.LoanPart;
import nl.nazorg.events.portfolio.Mortgage;
import nl.nazorg.events.portfolio.Portfolio;
import nl.nazorg.events.portfolio.Property;
import nl.nazorg.events.portfolio.RepaymentType;
import nl.nazorg.events.portfolio.RiskClass;
import nl.nazorg.events.schemas.EventSchemaValidator;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.security.Roles;
import nl.nazorg.signal.market.service.RateChangeReevaluation;
import nl.nazorg.signal.support.Api;
import nl.nazorg.signal.support.Clients;
import nl.nazorg.signal.support.PlatformTopicsResource;
import nl.nazorg.signal.support.RawProducer;
import nl.nazorg.signal.support.SignalEventsOnTopic;
import nl.nazorg.signal.support.TopicReader;

/**
 * A rate drop uploaded through REST (by the platform's rate feed; no firm token may) travels over market-rates.v1
 * and raises REFINANCE_SAVING for exactly the clients whose saving exceeds their own minimum. Clients of "firm-rates" with variable-rate annuity parts at 4,5%
 * (no prepayment fee), term end 1 January 2050 (285 months from 15 March 2026), class LTV_80 (70% of € 400.000).
 */
@QuarkusTest
@WithTestResource(PlatformTopicsResource.class)
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "signal"))
class RateDropTest {

    private static final Duration TIMEOUT = NazorgTestInfrastructure.defaultTimeout();
    private static final String TENANT = "firm-rates";

    @Inject
    RateChangeReevaluation reevaluation;

    private final RawProducer producer = new RawProducer();

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void aRateDropRaisesRefinanceSavingForExactlyTheClientsOverTheirOwnThreshold() {
        // Saving 4,5% → 3,0% on € 280.000 is about € 225 a month; on € 50.000 about € 40.
        String saves = client("saves", "280000.00", "100.00");
        String wantsMore = client("wants-more", "280000.00", "500.00");
        String small = client("small", "50000.00", "100.00");
        awaitSignals(saves, wantsMore, small);

        upload("4.600");
        awaitReevaluated("4.600");
        assertThat(refinance(saves)).isEmpty();

        upload("3.000");
        awaitReevaluated("3.000");
        assertThat(refinance(saves)).singleElement().satisfies(signal -> {
            assertThat(new BigDecimal(signal.get("monthlySaving").toString())).isBetween(
                    new BigDecimal("200"), new BigDecimal("250"));
        });
        assertThat(refinance(wantsMore)).isEmpty();
        assertThat(refinance(small)).isEmpty();

        try (TopicReader signals = new TopicReader(Topics.SIGNALS)) {
            ConsumerRecord<String, String> raised = signals.awaitForKey(saves, 1).stream()
                    .filter(r -> SignalEventsOnTopic.valid(r).get("type").asText().equals("REFINANCE_SAVING"))
                    .findFirst().orElseThrow();
            assertThat(TopicReader.header(raised, "ce_type")).isEqualTo(EventType.SIGNAL_RAISED.ceType());
        }
    }

    @Test
    void aChangeThatMovesNoFigureLeavesEverySignalAsItWas() {
        String saves = savingAt("unmoved", "3.000");
        Map<String, Object> before = refinance(saves).get(0);

        // The same 10-year rates plus a 20-year rate nobody's loan part compares with; then a table of a lender this
        // firm does not deal with (at the rate the refused-upload test uses, which moves no other test's signals).
        Map<String, Object> withLongerPeriod = Map.of("lenderName", "Rate Bank", "validFrom", "2026-03-01", "rates",
                List.of(Map.of("fixedRatePeriodYears", 10, "riskClass", "LTV_80", "rate", new BigDecimal("3.000")),
                        Map.of("fixedRatePeriodYears", 10, "riskClass", "LTV_60", "rate", new BigDecimal("3.000")),
                        Map.of("fixedRatePeriodYears", 20, "riskClass", "LTV_80", "rate", new BigDecimal("2.100"))));
        Api.rateFeed().contentType(ContentType.JSON).body(withLongerPeriod).put("/api/v1/market-rates/RATEBANK")
                .then().statusCode(202);
        await().atMost(TIMEOUT).until(() -> storedTables("2.100") > 0 && pendingTables() == 0 && reevaluation.isIdle());
        String otherLender = "OTHERBANK" + UUID.randomUUID().toString().substring(0, 8);
        Api.rateFeed().contentType(ContentType.JSON).body(table("3.400")).put("/api/v1/market-rates/" + otherLender)
                .then().statusCode(202);
        await().atMost(TIMEOUT).until(() -> count("SELECT count(*) FROM market_rate_table WHERE lender = '"
                + otherLender + "'") > 0 && pendingTables() == 0 && reevaluation.isIdle());

        assertThat(refinance(saves)).singleElement().satisfies(after -> {
            assertThat(after.get("version")).isEqualTo(before.get("version"));
            assertThat(after.get("updatedAt")).isEqualTo(before.get("updatedAt"));
        });
    }

    @Test
    void aFurtherDropUpdatesTheFiguresAndARiseResolvesWithWhatTheSignalLastSaid() {
        String saves = savingAt("steps", "3.000");
        Map<String, Object> first = refinance(saves).get(0);
        upload("2.900");
        awaitReevaluated("2.900");
        Map<String, Object> second = refinance(saves).get(0);
        assertThat(new BigDecimal(second.get("monthlySaving").toString()))
                .isGreaterThan(new BigDecimal(first.get("monthlySaving").toString()));
        assertThat(second.get("inputs")).as("inputs the drop did not move stay as they were")
                .isEqualTo(first.get("inputs"));
        assertThat((Map<?, ?>) second.get("explanation")).isNotEqualTo(first.get("explanation"));

        upload("4.600");
        awaitReevaluated("4.600");
        assertThat(refinance(saves)).isEmpty();
        try (TopicReader signals = new TopicReader(Topics.SIGNALS)) {
            await().atMost(TIMEOUT).until(() -> signals.forKey(saves).stream()
                    .anyMatch(r -> TopicReader.header(r, "ce_type").equals(EventType.SIGNAL_RESOLVED.ceType())));
            List<ConsumerRecord<String, String>> refinanceEvents = signals.forKey(saves).stream()
                    .filter(r -> SignalEventsOnTopic.valid(r).get("type").asText().equals("REFINANCE_SAVING"))
                    .toList();
            // Raised when the client arrived (at whatever rate an earlier test left), updated by each drop, resolved.
            List<String> types = refinanceEvents.stream().map(r -> TopicReader.header(r, "ce_type")).toList();
            assertThat(types.get(0)).isEqualTo(EventType.SIGNAL_RAISED.ceType());
            assertThat(types.subList(1, types.size() - 1)).isNotEmpty()
                    .containsOnly(EventType.SIGNAL_UPDATED.ceType());
            assertThat(types.get(types.size() - 1)).isEqualTo(EventType.SIGNAL_RESOLVED.ceType());
            var resolved = SignalEventsOnTopic.valid(refinanceEvents.get(refinanceEvents.size() - 1));
            assertThat(new BigDecimal(resolved.get("figures").get("monthlySaving").asText()))
                    .isEqualByComparingTo(new BigDecimal(second.get("monthlySaving").toString()));
            assertThat(resolved.get("inputs").get("lender").asText()).isEqualTo("OWNBANK");
        }
    }

    @Test
    void aTablePublishedAgainUnchangedAsksForNoReEvaluation() throws Exception {
        upload("3.000");
        awaitReevaluated("3.000");
        long passes = reevaluation.completedPasses();
        long consumed = count("SELECT count(*) FROM nazorg_processed_event");

        upload("3.000");
        await().atMost(TIMEOUT).until(() -> count("SELECT count(*) FROM nazorg_processed_event") > consumed);
        assertThat(pendingTables()).isZero();
        assertThat(reevaluation.isIdle()).isTrue();
        assertThat(reevaluation.completedPasses()).as("passes after the same table again").isEqualTo(passes);

        upload("3.100");
        awaitReevaluated("3.100");
        assertThat(reevaluation.completedPasses()).as("passes after a changed table").isGreaterThan(passes);
    }

    @Test
    void aRateChangeRacingAProfileChangeEndsWithBoth() {
        String racer = client("racer", "280000.00", "100.00");
        awaitSignals(racer);
        upload("3.000");
        awaitReevaluated("3.000");
        assertThat(refinance(racer)).hasSize(1);

        // The client raises their own minimum while the rate moves again: whichever commits first, the signal ends
        // with the new rate's saving and the new minimum.
        upload("2.900");
        producer.send(profile(racer, 2, "230.00"));
        awaitReevaluated("2.900");
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(refinance(racer)).singleElement().satisfies(signal -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> figures = (Map<String, Object>) signal.get("figures");
            assertThat(new BigDecimal(figures.get("minimumMonthlySaving").toString()))
                    .isEqualByComparingTo("230.00");
            assertThat(new BigDecimal(figures.get("part." + racer + "-L1.newRate").toString()))
                    .isEqualByComparingTo("2.900");
        }));
    }

    @Test
    void anUploadIsPublishedOnTheMarketRateTopicAsThePartnerFeedsAre() {
        upload("3.100");
        try (TopicReader rates = new TopicReader(Topics.MARKET_RATES)) {
            ConsumerRecord<String, String> record = rates.awaitForKey("RATEBANK", 1).get(0);
            assertThat(TopicReader.header(record, "ce_type")).isEqualTo(EventType.MARKET_RATE_TABLE.ceType());
            assertThat(TopicReader.header(record, "ce_tenantid")).isEqualTo("platform");
            assertThat(TopicReader.header(record, "ce_subject")).isEqualTo("RATEBANK");
            assertThat(EventSchemaValidator.create().violations(EventType.MARKET_RATE_TABLE,
                    record.value().getBytes(StandardCharsets.UTF_8))).isEmpty();
        }
        awaitReevaluated("3.100");
    }

    @Test
    void onlyThePlatformRateFeedUploadsAndTheTableIsChecked() {
        String lender = "REFUSEDBANK" + UUID.randomUUID().toString().substring(0, 8);
        // A firm's adviser, a firm's admin, and a firm user granted the platform role by mistake (a firm's tenant).
        for (RequestSpecification firmUser : List.of(Api.as(TENANT, Roles.ADVISER), Api.as(TENANT, Roles.ADMIN),
                Api.as(TENANT, Roles.ADMIN, Roles.PLATFORM_RATES))) {
            firmUser.contentType(ContentType.JSON).body(table("3.300")).put("/api/v1/market-rates/" + lender)
                    .then().statusCode(403);
        }
        Api.rateFeed().contentType(ContentType.JSON).body(Map.of("validFrom", "2026-03-01", "rates", List.of()))
                .put("/api/v1/market-rates/" + lender).then().statusCode(400);
        Api.rateFeed().contentType(ContentType.JSON).body(table("3.400")).put("/api/v1/market-rates/" + lender)
                .then().statusCode(202);

        // One key, one partition: a refused upload that slipped through would be on the topic before this one.
        try (TopicReader rates = new TopicReader(Topics.MARKET_RATES)) {
            assertThat(rates.awaitForKey(lender, 1)).singleElement()
                    .satisfies(record -> assertThat(record.value()).contains("\"rate\":3.400"));
        }
    }

    /** A new client (€ 280.000 at 4,5%, minimum saving € 100) after {@code rate} was uploaded and re-evaluated. */
    private String savingAt(String name, String rate) {
        String clientId = client(name, "280000.00", "100.00");
        awaitSignals(clientId);
        upload(rate);
        awaitReevaluated(rate);
        return clientId;
    }

    private void upload(String rate) {
        Api.rateFeed().contentType(ContentType.JSON).body(table(rate))
                .put("/api/v1/market-rates/RATEBANK").then().statusCode(202);
    }

    private static Map<String, Object> table(String rate) {
        return Map.of("lenderName", "Rate Bank", "validFrom", "2026-03-01", "rates", List.of(
                Map.of("fixedRatePeriodYears", 10, "riskClass", "LTV_80", "rate", new BigDecimal(rate)),
                Map.of("fixedRatePeriodYears", 10, "riskClass", "LTV_60", "rate", new BigDecimal(rate))));
    }

    private void awaitReevaluated(String rate) {
        // The upload is stored when consumed back; then the pass runs and clears the pending mark.
        await().atMost(TIMEOUT).until(() -> storedTables(rate) > 0 && pendingTables() == 0 && reevaluation.isIdle());
    }

    private static long pendingTables() throws Exception {
        return count("SELECT count(*) FROM market_rate_table WHERE pending_since IS NOT NULL");
    }

    private static long storedTables(String rate) throws Exception {
        return count("SELECT count(*) FROM market_rate_table WHERE lender = 'RATEBANK' AND payload LIKE '%\"rate\":"
                + rate + "%'");
    }

    private static long count(String sql) throws Exception {
        try (var connection = NazorgTestInfrastructure.dataSource("signal").getConnection();
             var result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /**
     * Waits until the client's portfolio is stored (its loan parts are in the read model, written in the transaction
     * that evaluated it) and it has signals: a rate change published after this meets the client in its selection. A
     * portfolio still being evaluated with the previous rates while a pass starts would keep those rates' figures
     * until the next pass or the daily run.
     */
    private void awaitSignals(String... clientIds) {
        for (String clientId : clientIds) {
            await().atMost(TIMEOUT).until(() -> count("SELECT count(*) FROM loan_part WHERE client_id = '" + clientId
                    + "'") > 0 && !Api.as(TENANT, Roles.ADVISER).queryParam("client", clientId)
                    .get("/api/v1/signals").then().statusCode(200).extract().jsonPath().getList("items").isEmpty());
        }
    }

    private static List<Map<String, Object>> refinance(String clientId) {
        return Api.as(TENANT, Roles.ADVISER).queryParam("client", clientId).queryParam("type", "REFINANCE_SAVING")
                .get("/api/v1/signals").then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static ClientProfile profile(String clientId, long version, String minimumSaving) {
        return new ClientProfile(TENANT, clientId, version, null, new PersonName(null, "An", null, "Bakker"), null,
                LocalDate.of(1975, 1, 10), null, null, null, null, null, Household.SINGLE, "adviser-9",
                Subscription.NONE, new BigDecimal(minimumSaving), null, null, List.of(), Instant.now());
    }

    private String client(String name, String outstanding, String minimumSaving) {
        String clientId = Clients.newId(name);
        producer.send(profile(clientId, 1, minimumSaving));
        LoanPart part = new LoanPart(clientId + "-L1", RepaymentType.ANNUITY, new BigDecimal("300000.00"),
                new BigDecimal(outstanding), new BigDecimal("4.500"), 10, null, RiskClass.LTV_80, null);
        Mortgage mortgage = new Mortgage(clientId + "-M1", "OWNBANK", null, LocalDate.of(2020, 1, 1),
                LocalDate.of(2050, 1, 1), false, List.of(part));
        Property home = new Property(null, new BigDecimal("400000.00"), LocalDate.of(2025, 6, 1), null, false, null);
        producer.send(new Portfolio(TENANT, clientId, 1, home, List.of(mortgage), List.of(), Instant.now()));
        return clientId;
    }
}
