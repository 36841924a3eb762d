package nl.nazorg.signal.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.events.portfolio.Portfolio;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.signal.support.Clients;
import nl.nazorg.signal.support.PlatformTopicsResource;
import nl.nazorg.signal.support.RawProducer;
import nl.nazorg.signal.support.TopicReader;

/**
 * Many clients at once through the batch listeners: poison records among them (unreadable, contract-invalid, of the
 * wrong tenant, or naming a client another tenant holds) end in the dead-letter topics, every valid client gets its
 * signals, and of two versions of one portfolio the newer wins whichever arrives first.
 */
@QuarkusTest
@WithTestResource(PlatformTopicsResource.class)
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "signal"))
class BatchIngestTest {

    private static final Duration TIMEOUT = NazorgTestInfrastructure.defaultTimeout();
    private static final int CLIENTS = 40;
    private static final String GROUP = "portfolio-signal-service";

    private final RawProducer producer = new RawProducer();

    @Inject
    Pool pool;

    @AfterEach
    void close() {
        producer.close();
    }

    @Test
    void poisonAmongManyClientsIsDeadLetteredAndEveryValidClientIsEvaluated() {
        String held = Clients.newId("batch-held");
        producer.send(Clients.profile(held, 1));
        producer.send(Clients.portfolio(held, 1));
        SignalFlowTest.awaitOpenTypes(held, 5);

        List<String> valid = new ArrayList<>();
        List<String> poisonKeys = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String clientId = Clients.newId("batch");
            valid.add(clientId);
            producer.send(Clients.profile(clientId, 1));
            producer.send(Clients.portfolio(clientId, 1));
            if (i % 8 == 3) {
                poisonKeys.add(sendPoison(i / 8, held));
            }
        }

        for (String clientId : valid) {
            assertThat(SignalFlowTest.awaitOpenTypes(clientId, 5)).hasSize(5);
        }
        Set<String> deadKeys = awaitDeadLetterKeys(poisonKeys.size());
        assertThat(deadKeys).containsExactlyInAnyOrderElementsOf(poisonKeys);
        assertThat(portfolioVersion(held)).isEqualTo(1);
        assertThat(SignalFlowTest.openTypes(held)).hasSize(5);
    }

    @Test
    void ofTwoPortfolioVersionsTheNewerWinsInEitherOrder() {
        String newerFirst = Clients.newId("newer-first");
        String olderFirst = Clients.newId("older-first");
        producer.send(Clients.profile(newerFirst, 1));
        producer.send(Clients.profile(olderFirst, 1));
        List<CloudEventAttributes> sent = List.of(
                producer.send(renewed(newerFirst)), producer.send(ending(newerFirst)),
                producer.send(ending(olderFirst)), producer.send(renewed(olderFirst)));

        await().atMost(TIMEOUT).until(() -> applied(sent) == sent.size());
        for (String clientId : List.of(newerFirst, olderFirst)) {
            assertThat(portfolioVersion(clientId)).isEqualTo(2);
            assertThat(SignalFlowTest.awaitOpenTypes(clientId, 4)).doesNotContain("FIXED_RATE_ENDING");
        }
    }

    /** One of four kinds of poison on portfolios.v1 or client-profiles.v1; answers its record key. */
    private String sendPoison(int kind, String heldByFirmA) {
        String key = Clients.newId("batch-poison");
        switch (kind % 4) {
            case 0 -> producer.send(Topics.PORTFOLIOS, key, attributes(key, EventType.PORTFOLIO, Clients.TENANT),
                    "{not json");
            case 1 -> producer.send(Topics.PORTFOLIOS, key, attributes(key, EventType.PORTFOLIO, Clients.TENANT),
                    "{\"clientId\":\"" + key + "\"}");
            case 2 -> producer.send(Topics.PORTFOLIOS, key, attributes(key, EventType.PORTFOLIO, "firm-b"),
                    new String(EventJson.write(Clients.portfolio(key, 1)), StandardCharsets.UTF_8));
            default -> {
                // Readable and of its own tenant, but the client id is firm-a's: refused by the effect, not the reader.
                Portfolio other = Clients.portfolio(heldByFirmA, 1);
                Portfolio foreign = new Portfolio("firm-b", other.clientId(), other.version(), other.property(),
                        other.mortgages(), other.insurances(), other.updatedAt());
                producer.send(Topics.PORTFOLIOS, heldByFirmA, attributes(heldByFirmA, EventType.PORTFOLIO, "firm-b"),
                        new String(EventJson.write(foreign), StandardCharsets.UTF_8));
                return heldByFirmA;
            }
        }
        return key;
    }

    private Set<String> awaitDeadLetterKeys(int count) {
        try (TopicReader deadLetters = new TopicReader(Topics.deadLetter(Topics.PORTFOLIOS, GROUP))) {
            List<ConsumerRecord<String, String>> all = new ArrayList<>();
            await().atMost(TIMEOUT).until(() -> {
                all.addAll(deadLetters.poll(record -> true));
                return all.stream().filter(r -> r.key().startsWith("batch-"))
                        .count() >= count;
            });
            assertThat(all).allSatisfy(r -> assertThat(TopicReader.header(r, "dead-letter-reason")).isNotBlank());
            return all.stream().map(ConsumerRecord::key)
                    .filter(k -> k.startsWith("batch-")).collect(Collectors.toSet());
        }
    }

    private static Portfolio renewed(String clientId) {
        return Clients.portfolio(clientId, 2, "280000.00", LocalDate.of(2036, 7, 1));
    }

    private static Portfolio ending(String clientId) {
        return Clients.portfolio(clientId, 1, "280000.00", LocalDate.of(2026, 7, 1));
    }

    private static CloudEventAttributes attributes(String key, EventType type, String tenantId) {
        return new CloudEventAttributes(UUID.randomUUID().toString(), type.ceType(), "/test/producer",
                OffsetDateTime.now(), key, tenantId);
    }

    private long applied(List<CloudEventAttributes> sent) {
        return pool.preparedQuery("SELECT count(*) FROM nazorg_processed_event WHERE consumer_group = $1 AND ce_id = ANY($2)")
                .executeAndAwait(Tuple.of(GROUP, sent.stream().map(CloudEventAttributes::id).toArray(String[]::new)))
                .iterator().next().getLong(0);
    }

    private long portfolioVersion(String clientId) {
        return pool.preparedQuery("SELECT aggregate_version FROM client_portfolio WHERE client_id = $1")
                .executeAndAwait(Tuple.of(clientId)).iterator().next().getLong(0);
    }
}
