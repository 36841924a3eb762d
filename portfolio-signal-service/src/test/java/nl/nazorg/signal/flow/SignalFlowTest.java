package nl.nazorg.signal.flow;

import static nl.nazorg.signal.support.SignalEventsOnTopic.type;
import static nl.nazorg.signal.support.SignalEventsOnTopic.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.events.portfolio.Portfolio;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.security.Roles;
import nl.nazorg.signal.support.Api;
import nl.nazorg.signal.support.Clients;
import nl.nazorg.signal.support.PlatformTopicsResource;
import nl.nazorg.signal.support.RawProducer;
import nl.nazorg.signal.support.TopicReader;

/** Profile and portfolio events on the real topics → signals on signals.v1 and in the worklist. */
@QuarkusTest
@WithTestResource(PlatformTopicsResource.class)
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "signal"))
class SignalFlowTest {

    private static final Duration TIMEOUT = NazorgTestInfrastructure.defaultTimeout();
    private static final List<String> EXPECTED = List.of("FIXED_RATE_ENDING", "HOME_EQUITY",
            "MISSING_CONTENTS_INSURANCE", "MISSING_LIABILITY_INSURANCE", "MISSING_TRAVEL_INSURANCE");

    private final RawProducer producer = new RawProducer();

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void aProfileAndPortfolioRaiseTheRightSignalsOnTheTopicAndInTheWorklist() {
        String clientId = Clients.newId("flow");
        producer.send(Clients.profile(clientId, 1));
        producer.send(Clients.portfolio(clientId, 1));

        List<String> types = awaitOpenTypes(clientId, EXPECTED.size());
        assertThat(types).containsExactlyInAnyOrderElementsOf(EXPECTED);

        try (TopicReader signals = new TopicReader(Topics.SIGNALS)) {
            List<ConsumerRecord<String, String>> records = signals.awaitForKey(clientId, EXPECTED.size());
            assertThat(records).allSatisfy(record -> {
                JsonNode json = valid(record);
                assertThat(type(record)).isEqualTo(EventType.SIGNAL_RAISED.ceType());
                assertThat(json.get("version").asLong()).isEqualTo(1);
                assertThat(json.get("status").asText()).isEqualTo("OPEN");
            });
            assertThat(records).extracting(r -> valid(r).get("type").asText())
                    .containsExactlyInAnyOrderElementsOf(EXPECTED);
            JsonNode fixedRate = records.stream().map(r -> valid(r))
                    .filter(j -> j.get("type").asText().equals("FIXED_RATE_ENDING")).findFirst().orElseThrow();
            assertThat(fixedRate.get("deduplicationKey").asText())
                    .isEqualTo("FIXED_RATE_ENDING:" + clientId + "-M1:" + clientId + "-L1:2026-07-01");
            assertThat(fixedRate.get("dueDate").asText()).isEqualTo("2026-07-01");
            assertThat(fixedRate.get("ruleVersion").asText()).isEqualTo("FIXED_RATE_ENDING/1");
        }
    }

    @Test
    void oneSignalShowsWhyInDutchAndEnglish() {
        String clientId = Clients.newId("why");
        producer.send(Clients.profile(clientId, 1));
        producer.send(Clients.portfolio(clientId, 1));
        awaitOpenTypes(clientId, EXPECTED.size());

        String id = Api.adviser().queryParam("client", clientId).queryParam("type", "HOME_EQUITY")
                .get("/api/v1/signals").then().statusCode(200).extract().path("items[0].id");
        JsonPath signal = Api.adviser().get("/api/v1/signals/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(signal.getString("explanation.nl")).contains("€ 120.000,00");
        assertThat(signal.getString("explanation.en")).contains("€120,000.00");
        assertThat(signal.getString("ruleVersion")).isEqualTo("HOME_EQUITY/1");
        assertThat(new BigDecimal(signal.getString("figures.homeEquity"))).isEqualByComparingTo("120000");
        assertThat(signal.getMap("inputs")).containsKey("valuationDate");

        Api.as("firm-b", Roles.ADVISER).get("/api/v1/signals/" + id).then().statusCode(404);
        Api.as("firm-b", Roles.ADVISER).get("/api/v1/clients/" + clientId + "/signals").then().statusCode(404);
        Api.adviser().get("/api/v1/clients/" + clientId + "/signals").then().statusCode(200)
                .body("size()", equalTo(EXPECTED.size()));
    }

    @Test
    void aReplayAndAStaleVersionChangeNothingAndAChangeUpdatesOrResolves() {
        String clientId = Clients.newId("replay");
        CloudEventAttributes profile = producer.send(Clients.profile(clientId, 1));
        Portfolio first = Clients.portfolio(clientId, 2);
        CloudEventAttributes portfolio = producer.send(first);
        awaitOpenTypes(clientId, EXPECTED.size());

        // The same records again (a replay of the topic), and an older portfolio version arriving late.
        producer.send(profile, Clients.profile(clientId, 1));
        producer.send(portfolio, first);
        producer.send(Clients.portfolio(clientId, 1, "100000.00", LocalDate.of(2026, 7, 1)));
        // Then a real change: the fixed-rate period was renewed until 2036 → FIXED_RATE_ENDING resolves.
        producer.send(Clients.portfolio(clientId, 3, "280000.00", LocalDate.of(2036, 7, 1)));

        await().atMost(TIMEOUT).until(() -> openTypes(clientId), types -> !types.contains("FIXED_RATE_ENDING"));
        try (TopicReader signals = new TopicReader(Topics.SIGNALS)) {
            List<ConsumerRecord<String, String>> all = signals.readToEnd().stream()
                    .filter(r -> clientId.equals(r.key())).toList();
            assertThat(all).extracting(r -> type(r)).containsExactlyInAnyOrder(
                    raised(EXPECTED.size()).toArray(String[]::new));
            assertThat(all).allSatisfy(r -> valid(r));
        }
        assertThat(openTypes(clientId)).containsExactlyInAnyOrder("HOME_EQUITY", "MISSING_CONTENTS_INSURANCE",
                "MISSING_LIABILITY_INSURANCE", "MISSING_TRAVEL_INSURANCE");
    }

    @Test
    void aTombstoneErasesTheClientAndResolvesItsSignals() {
        String clientId = Clients.newId("erase");
        producer.send(Clients.profile(clientId, 1));
        producer.send(Clients.portfolio(clientId, 1));
        awaitOpenTypes(clientId, EXPECTED.size());

        producer.tombstone(Topics.CLIENT_PROFILES, clientId, EventType.CLIENT_PROFILE.ceType(), Clients.TENANT);

        await().atMost(TIMEOUT).until(() -> openTypes(clientId), List::isEmpty);
        try (TopicReader signals = new TopicReader(Topics.SIGNALS)) {
            List<ConsumerRecord<String, String>> resolved = signals.awaitForKey(clientId, 2 * EXPECTED.size())
                    .stream().filter(r -> type(r).equals(EventType.SIGNAL_RESOLVED.ceType())).toList();
            assertThat(resolved).hasSize(EXPECTED.size())
                    .allSatisfy(r -> assertThat(valid(r).get("resolution").asText()).isEqualTo("CLIENT_ERASED"));
        }
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsProcessed() {
        String poisonId = Clients.newId("poison");
        String clientId = Clients.newId("after-poison");
        producer.send(Topics.PORTFOLIOS, poisonId, new CloudEventAttributes(java.util.UUID.randomUUID().toString(),
                EventType.PORTFOLIO.ceType(), "/test/producer", java.time.OffsetDateTime.now(), poisonId,
                Clients.TENANT), "{not json");
        producer.send(Clients.profile(clientId, 1));
        producer.send(Clients.portfolio(clientId, 1));

        awaitOpenTypes(clientId, EXPECTED.size());
        try (TopicReader deadLetters = new TopicReader(
                Topics.deadLetter(Topics.PORTFOLIOS, "portfolio-signal-service"))) {
            ConsumerRecord<String, String> dead = deadLetters.awaitForKey(poisonId, 1).get(0);
            assertThat(dead.value()).isEqualTo("{not json");
            assertThat(TopicReader.header(dead, "dead-letter-reason")).isNotBlank();
        }
    }

    private static List<String> raised(int count) {
        List<String> types = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            types.add(EventType.SIGNAL_RAISED.ceType());
        }
        types.add(EventType.SIGNAL_RESOLVED.ceType());
        return types;
    }

    static List<String> awaitOpenTypes(String clientId, int count) {
        return await().atMost(TIMEOUT).until(() -> openTypes(clientId), types -> types.size() >= count);
    }

    static List<String> openTypes(String clientId) {
        return Api.adviser().queryParam("client", clientId).queryParam("size", 100).get("/api/v1/signals")
                .then().statusCode(200).extract().jsonPath().getList("items.type", String.class);
    }
}
