package nl.nazorg.signal.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.nazorg.events.survey.SurveyCompleted;
import nl.nazorg.events.survey.WishCode;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.signal.support.Api;
import nl.nazorg.signal.support.Clients;
import nl.nazorg.signal.support.PlatformTopicsResource;
import nl.nazorg.signal.support.RawProducer;

/** survey-responses.v1: stated wishes become CLIENT_WISH, an NPS of 0–6 becomes NPS_DETRACTOR. */
@QuarkusTest
@WithTestResource(PlatformTopicsResource.class)
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "signal"))
class SurveyResponseTest {

    private static final Duration TIMEOUT = NazorgTestInfrastructure.defaultTimeout();

    private final RawProducer producer = new RawProducer();

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void wishesAndALowScoreBecomeSignalsAndALaterScanReplacesTheWishes() {
        String clientId = Clients.newId("survey");
        producer.send(Clients.profile(clientId, 1));
        producer.send(response(clientId, "r-1", Instant.parse("2026-03-10T12:00:00Z"),
                List.of(WishCode.LOWER_HOUSING_COSTS, WishCode.NO_CHANGES), 5));

        List<Map<String, Object>> items = await().atMost(TIMEOUT).until(() -> items(clientId),
                list -> list.size() >= 2);
        assertThat(items).extracting(i -> i.get("deduplicationKey")).containsExactlyInAnyOrder(
                "CLIENT_WISH:LOWER_HOUSING_COSTS", "NPS_DETRACTOR:r-1");

        // A later response states another wish and no NPS: the old wish resolves, the detractor stays.
        producer.send(response(clientId, "r-2", Instant.parse("2026-03-12T12:00:00Z"),
                List.of(WishCode.STOP_WORKING_EARLIER), null));
        await().atMost(TIMEOUT).until(() -> items(clientId).stream().map(i -> i.get("deduplicationKey")).toList(),
                keys -> keys.size() == 2 && keys.contains("CLIENT_WISH:STOP_WORKING_EARLIER")
                        && keys.contains("NPS_DETRACTOR:r-1"));
    }

    private static SurveyCompleted response(String clientId, String responseId, Instant at, List<WishCode> wishes,
            Integer nps) {
        return new SurveyCompleted(responseId, Clients.TENANT, clientId, "annual-check", 1, null, null, at, Map.of(),
                List.of(), wishes, nps);
    }

    private static List<Map<String, Object>> items(String clientId) {
        return Api.adviser().queryParam("client", clientId).queryParam("size", 100).get("/api/v1/signals")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }
}
