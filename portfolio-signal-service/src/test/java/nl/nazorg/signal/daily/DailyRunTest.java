package nl.nazorg.signal.daily;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.nazorg.events.Topics;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.signal.evaluation.service.ReevaluationResult;
import nl.nazorg.signal.support.Api;
import nl.nazorg.signal.support.Clients;
import nl.nazorg.signal.support.PlatformTopicsResource;
import nl.nazorg.signal.support.RawProducer;
import nl.nazorg.signal.support.SignalEventsOnTopic;
import nl.nazorg.signal.support.TestClock;
import nl.nazorg.signal.support.TopicReader;

/** The daily run raises time-based signals on their day, and a second run the same day raises nothing. */
@QuarkusTest
@WithTestResource(PlatformTopicsResource.class)
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "signal"))
class DailyRunTest {

    private static final Duration TIMEOUT = NazorgTestInfrastructure.defaultTimeout();

    @Inject
    DailyRun dailyRun;

    @Inject
    TestClock clock;

    private final RawProducer producer = new RawProducer();

    @AfterEach
    void close() {
        clock.reset();
        producer.close();
    }

    @Test
    void aBirthdayIsRaisedOnItsDayOnceHoweverOftenTheRunRuns() {
        String clientId = Clients.newId("birthday");   // born 1 May 1980
        producer.send(Clients.profile(clientId, 1));
        producer.send(Clients.portfolio(clientId, 1));
        await().atMost(TIMEOUT).until(() -> types(clientId).size() >= 5);
        assertThat(types(clientId)).doesNotContain("BIRTHDAY");

        clock.set(Instant.parse("2026-05-01T04:00:00Z"));   // 06:00 in Amsterdam
        ReevaluationResult first = dailyRun.run().await().atMost(TIMEOUT);
        assertThat(first.clients()).isPositive();
        assertThat(types(clientId)).contains("BIRTHDAY");
        long eventsAfterFirst = eventsOf(clientId).size();

        ReevaluationResult second = dailyRun.run().await().atMost(TIMEOUT);
        assertThat(second.changes()).isZero();
        assertThat(eventsOf(clientId)).hasSize((int) eventsAfterFirst);
        assertThat(types(clientId)).filteredOn("BIRTHDAY"::equals).hasSize(1);
    }

    private static List<ConsumerRecord<String, String>> eventsOf(String clientId) {
        try (TopicReader signals = new TopicReader(Topics.SIGNALS)) {
            List<ConsumerRecord<String, String>> all = await().atMost(TIMEOUT)
                    .until(() -> signals.readToEnd().stream().filter(r -> clientId.equals(r.key())).toList(),
                            list -> list.stream().anyMatch(r -> SignalEventsOnTopic.valid(r).get("type").asText()
                                    .equals("BIRTHDAY")));
            return all;
        }
    }

    private static List<String> types(String clientId) {
        return Api.adviser().queryParam("client", clientId).queryParam("size", 100).get("/api/v1/signals")
                .then().statusCode(200).extract().jsonPath().getList("items.type", String.class);
    }
}
