package nl.nazorg.messaging.consumer;

import static nl.nazorg.messaging.support.TopicReader.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.messaging.deadletter.DeadLetterHeaders;
import nl.nazorg.messaging.support.BatchClients;
import nl.nazorg.messaging.support.RawProducer;
import nl.nazorg.messaging.support.TestTopicsResource;
import nl.nazorg.messaging.testapp.TestTopics;

@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
@WithTestResource(TestTopicsResource.class)
class BatchConsumerTest {

    private static final Duration TIMEOUT = NazorgTestInfrastructure.defaultTimeout();
    private static final int RECORDS = 1_000;

    private final RawProducer producer = new RawProducer();

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void aPollWithPoisonDeadLettersExactlyThePoisonAppliesTheRestOnceAndAReplayChangesNothing() {
        BatchClients run = new BatchClients("poll-" + UUID.randomUUID());
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Map<String, String> poison = new HashMap<>();
        while (poison.size() < 10) {
            poison.putIfAbsent(run.key(random.nextInt(RECORDS)), switch (poison.size() % 3) {
                case 0 -> "malformed " + TestTopics.CLIENT_RENAMED;
                case 1 -> "tenant mismatch: ce_tenantid 'tenant-a' but the payload belongs to tenant 'tenant-b'";
                default -> "malformed " + TestTopics.CLIENT_RENAMED + " payload: Cannot construct instance";
            });
        }
        List<ProducerRecord<String, String>> poll = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            String key = run.key(i);
            String reason = poison.get(key);
            if (reason == null) {
                poll.add(run.renamed(key, "Client " + i, 1));
            } else if (reason.startsWith("tenant")) {
                poll.add(run.renamed(key, "tenant-a", RawProducer.renamed(key, "tenant-b", "Intruder", 1), 1));
            } else if (reason.endsWith("Cannot construct instance")) {
                // Schema-invalid: valid JSON without the required clientId.
                poll.add(run.renamed(key, "tenant-a", "{\"tenantId\":\"tenant-a\",\"name\":\"x\",\"version\":1}", 1));
            } else {
                poll.add(run.renamed(key, "tenant-a", "{\"clientId\": \"" + key + "\", \"name\": ", 1));
            }
        }

        producer.sendAll(poll);

        await().atMost(TIMEOUT).until(() -> run.stored() == RECORDS - 10);
        run.sendSentinelsAndAwait(producer);
        assertThat(run.writes()).as("seed %d", seed).isEqualTo(RECORDS - 10);
        assertThat(run.remembered()).isEqualTo(RECORDS - 10);
        assertThat(run.appended()).isEqualTo(RECORDS - 10);
        List<ConsumerRecord<String, String>> deadLetters = run.deadLetters();
        assertThat(deadLetters).extracting(ConsumerRecord::key).as("seed %d", seed)
                .containsExactlyInAnyOrderElementsOf(poison.keySet());
        for (ConsumerRecord<String, String> dead : deadLetters) {
            assertThat(header(dead, DeadLetterHeaders.REASON)).startsWith(poison.get(dead.key()));
            assertThat(header(dead, DeadLetterHeaders.EXCEPTION_CLASS)).isEqualTo(PoisonRecordException.class.getName());
            assertThat(header(dead, DeadLetterHeaders.TOPIC)).isEqualTo(TestTopics.BATCH_CLIENTS);
            assertThat(header(dead, "ce_id")).isEqualTo(dead.key() + "-v1");
        }

        producer.sendAll(poll);
        run.sendSentinelsAndAwait(producer);

        assertThat(run.stored()).isEqualTo(RECORDS - 10);
        assertThat(run.writes()).isEqualTo(RECORDS - 10);
        assertThat(run.remembered()).isEqualTo(RECORDS - 10);
        assertThat(run.appended()).isEqualTo(RECORDS - 10);
        // Unreadable records have no trustworthy ce_id to remember: a replay dead-letters them again, nothing else.
        assertThat(run.deadLetters()).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrderElementsOf(concat(poison.keySet(), poison.keySet()));
    }

    @Test
    void ofTwoVersionsOfOneClientInOnePollTheNewerWinsInEitherOrder() {
        BatchClients run = new BatchClients("versions-" + UUID.randomUUID());
        String ascending = run.key(1);
        String descending = run.key(2);

        producer.sendAll(List.of(
                run.renamed(ascending, "Version one", 1), run.renamed(ascending, "Version two", 2),
                run.renamed(descending, "Version two", 2), run.renamed(descending, "Version one", 1)));

        await().atMost(TIMEOUT).until(() -> run.remembered() == 4);
        assertThat(run.name(ascending)).isEqualTo("Version two@2");
        assertThat(run.name(descending)).isEqualTo("Version two@2");
    }

    @Test
    void anEffectFailingForOneRecordDeadLettersThatRecordAndCommitsTheRest() {
        BatchClients run = new BatchClients("split-" + UUID.randomUUID());
        List<ProducerRecord<String, String>> poll = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            poll.add(run.renamed(run.key(i), (i == 29 ? "violates-" : "Client ") + i, 1));
        }

        producer.sendAll(poll);

        await().atMost(TIMEOUT).until(() -> run.stored() == 49);
        run.sendSentinelsAndAwait(producer);
        assertThat(run.name(run.key(29))).isNull();
        assertThat(run.remembered()).isEqualTo(49);
        assertThat(run.appended()).isEqualTo(49);
        List<ConsumerRecord<String, String>> deadLetters = run.deadLetters();
        assertThat(deadLetters).extracting(ConsumerRecord::key).containsExactly(run.key(29));
        assertThat(header(deadLetters.get(0), DeadLetterHeaders.REASON)).contains("test_batch_client_view_name");
        assertThat(deadLetters.get(0).value()).contains("violates-29");
    }

    private static List<String> concat(java.util.Collection<String> first, java.util.Collection<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
