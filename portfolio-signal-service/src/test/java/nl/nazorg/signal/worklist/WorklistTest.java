package nl.nazorg.signal.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.security.Roles;
import nl.nazorg.signal.support.Api;
import nl.nazorg.signal.support.Clients;
import nl.nazorg.signal.support.PlatformTopicsResource;
import nl.nazorg.signal.support.RawProducer;
import nl.nazorg.signal.support.SignalEventsOnTopic;
import nl.nazorg.signal.support.TopicReader;

/** The adviser worklist: filters, sorting, paging, status changes (published), summary, the arrears guardrail. */
@QuarkusTest
@WithTestResource(PlatformTopicsResource.class)
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "signal"))
class WorklistTest {

    private static final Duration TIMEOUT = NazorgTestInfrastructure.defaultTimeout();

    private final RawProducer producer = new RawProducer();

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void paymentArrearsSuppressMarketingSignalsButKeepThemVisible() {
        String clientId = Clients.newId("arrears");
        producer.send(Clients.profile(clientId, 1, new BigDecimal("100.00"), List.of(Clients.openArrears())));
        producer.send(Clients.portfolio(clientId, 1));
        List<Map<String, Object>> items = awaitItems(clientId, 6);

        assertThat(items).filteredOn(i -> i.get("type").equals("PAYMENT_ARREARS")).singleElement()
                .satisfies(i -> assertThat(i.get("suppressed")).isEqualTo(false));
        assertThat(items).filteredOn(i -> i.get("messageClass").equals("MARKETING")).hasSize(4)
                .allSatisfy(i -> {
                    assertThat(i.get("suppressed")).isEqualTo(true);
                    assertThat(i.get("suppressionReason")).isEqualTo("PAYMENT_ARREARS");
                });
        assertThat(items).filteredOn(i -> i.get("type").equals("FIXED_RATE_ENDING")).singleElement()
                .satisfies(i -> assertThat(i.get("suppressed")).isEqualTo(false));

        // Arrears paid: the guardrail lifts (SignalUpdated with suppressed false) and PAYMENT_ARREARS resolves.
        producer.send(Clients.profile(clientId, 2));
        await().atMost(TIMEOUT).until(() -> items(clientId), now -> now.size() == 5
                && now.stream().noneMatch(i -> Boolean.TRUE.equals(i.get("suppressed"))));
    }

    @Test
    void anAdviserChangesTheStatusAndTheChangeIsPublished() {
        String clientId = Clients.newId("status");
        producer.send(Clients.profile(clientId, 1));
        producer.send(Clients.portfolio(clientId, 1));
        String id = awaitItems(clientId, 5).stream().filter(i -> i.get("type").equals("HOME_EQUITY"))
                .map(i -> (String) i.get("id")).findFirst().orElseThrow();

        patch(id, Map.of("status", "DISMISSED")).then().statusCode(400);
        patch(id, Map.of("status", "IN_PROGRESS", "dismissReason", "OTHER")).then().statusCode(400);
        patch(id, Map.of("status", "IN_PROGRESS")).then().statusCode(200).body("status", equalTo("IN_PROGRESS"))
                .body("version", equalTo(2));
        patch(id, Map.of("status", "DISMISSED", "dismissReason", "CLIENT_DECLINED")).then().statusCode(200)
                .body("dismissReason", equalTo("CLIENT_DECLINED"));
        Api.as("firm-b", Roles.ADVISER).contentType(ContentType.JSON).body(Map.of("status", "DONE"))
                .patch("/api/v1/signals/" + id).then().statusCode(404);

        try (TopicReader signals = new TopicReader(Topics.SIGNALS)) {
            List<ConsumerRecord<String, String>> updates = signals.awaitForKey(clientId, 7).stream()
                    .filter(r -> TopicReader.header(r, "ce_type").equals(EventType.SIGNAL_UPDATED.ceType()))
                    .toList();
            assertThat(updates).hasSize(2);
            JsonNode dismissed = SignalEventsOnTopic.valid(updates.get(1));
            assertThat(dismissed.get("status").asText()).isEqualTo("DISMISSED");
            assertThat(dismissed.get("dismissReason").asText()).isEqualTo("CLIENT_DECLINED");
            assertThat(dismissed.get("version").asLong()).isEqualTo(3);
        }
        // Still holding, so a re-evaluation keeps the adviser's verdict instead of raising it again.
        producer.send(Clients.profile(clientId, 2));
        await().atMost(TIMEOUT).until(() -> Api.adviser().get("/api/v1/signals/" + id).then().extract()
                .jsonPath().getString("status").equals("DISMISSED"));
        assertThat(items(clientId)).hasSize(5);
    }

    @Test
    void filtersSortingPagingAndTheSummary() {
        String clientId = Clients.newId("filters");
        producer.send(Clients.profile(clientId, 1));
        producer.send(Clients.portfolio(clientId, 1));
        awaitItems(clientId, 5);

        JsonPath page = Api.adviser().queryParam("client", clientId).queryParam("sort", "DUE_DATE")
                .queryParam("size", 2).get("/api/v1/signals").then().statusCode(200).extract().jsonPath();
        assertThat(page.getLong("total")).isEqualTo(5);
        assertThat(page.getList("items")).hasSize(2);
        assertThat(page.getString("items[0].type")).isEqualTo("FIXED_RATE_ENDING");

        assertThat(Api.adviser().queryParam("client", clientId).queryParam("category", "SERVICE")
                .get("/api/v1/signals").then().extract().jsonPath().getList("items.type"))
                .containsExactly("FIXED_RATE_ENDING");
        assertThat(Api.adviser().queryParam("client", clientId).queryParam("dueBefore", "2026-07-01")
                .get("/api/v1/signals").then().extract().jsonPath().getList("items")).isEmpty();
        assertThat(Api.adviser().queryParam("client", clientId).queryParam("dueBefore", "2026-07-02")
                .queryParam("adviser", Clients.ADVISER).get("/api/v1/signals").then().extract().jsonPath()
                .getList("items")).hasSize(1);
        assertThat(Api.adviser().queryParam("client", clientId).queryParam("adviser", "someone-else")
                .get("/api/v1/signals").then().extract().jsonPath().getList("items")).isEmpty();

        JsonPath summary = Api.adviser().get("/api/v1/signals/summary").then().statusCode(200).extract().jsonPath();
        assertThat(summary.getList("type", String.class)).contains("HOME_EQUITY", "FIXED_RATE_ENDING");
        assertThat(summary.getLong("find { it.type == 'HOME_EQUITY' }.count")).isPositive();
        Api.get("/api/v1/signals/summary").then().statusCode(401);
    }

    private static io.restassured.response.Response patch(String id, Map<String, String> body) {
        return Api.adviser().contentType(ContentType.JSON).body(body).patch("/api/v1/signals/" + id);
    }

    private static List<Map<String, Object>> awaitItems(String clientId, int count) {
        return await().atMost(TIMEOUT).until(() -> items(clientId), items -> items.size() >= count);
    }

    private static List<Map<String, Object>> items(String clientId) {
        return Api.adviser().queryParam("client", clientId).queryParam("size", 100).get("/api/v1/signals")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }
}
