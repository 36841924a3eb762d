package nl.nazorg.survey.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.campaign.EmailSent;
import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.events.cloudevents.CloudEventHeaders;
import nl.nazorg.events.consent.LegalBasis;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.survey.support.Links;
import nl.nazorg.survey.support.TopicRecords;

/**
 * A poll at a time on both consumed topics: valid events and poison (bad JSON, wrong tenant, a tombstone that names
 * no client) in one poll, the valid ones applied, exactly the poison ones on {@code <topic>.dlq.survey-service};
 * other event types, sends without a survey and profiles with a value skipped without a dead letter.
 */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "survey"))
class BatchConsumptionTest {

    /** The consumer group: the application name, as the service consumes in it. */
    private static final String GROUP = "survey-service";

    private static final Duration WAIT = NazorgTestInfrastructure.defaultTimeout();

    private final String tenant = Links.tenant();

    @Test
    void aPollOfCampaignEventsWithPoisonStoresTheValidInvitationsAndDeadLettersExactlyThePoison() throws Exception {
        String erased = client();
        produce(List.of(tombstone(erased, attributes(EventType.CLIENT_PROFILE, erased, tenant))));
        Awaitility.await().atMost(WAIT).until(() -> count("erased_client", erased) == 1);

        String first = client();
        String second = client();
        String notInvited = client();
        String foreign = client();
        String unreadable = "unreadable-" + UUID.randomUUID();
        ProducerRecord<String, byte[]> firstSend = sent(first, "survey-1", "client-satisfaction");
        ProducerRecord<String, byte[]> withoutSurvey = sent(notInvited, "survey-3", null);
        ProducerRecord<String, byte[]> afterErasure = sent(erased, "survey-4", "mortgage-scan");
        EmailSent foreignSend = email(foreign, "survey-f", "mortgage-scan");
        produce(List.of(
                firstSend,
                record(Topics.CAMPAIGN_EVENTS, unreadable, attributes(EventType.EMAIL_SENT, unreadable, tenant),
                        "{not json".getBytes(StandardCharsets.UTF_8)),
                record(Topics.CAMPAIGN_EVENTS, foreign, attributes(EventType.EMAIL_SENT, foreign, "another-firm"),
                        EventJson.write(foreignSend)),
                withoutSurvey,
                // Another type on the key of a valid send that follows it: skipped, never dead-lettered.
                record(Topics.CAMPAIGN_EVENTS, second, attributes(EventType.UNSUBSCRIBED, second, tenant),
                        "{\"not\": \"an email-sent\"}".getBytes(StandardCharsets.UTF_8)),
                sent(second, "survey-2", "annual-aftercare-scan"),
                afterErasure,
                firstSend));

        Awaitility.await().atMost(WAIT).until(() -> count("invitation", first) == 1 && count("invitation", second) == 1);
        Awaitility.await().atMost(WAIT).until(() -> processed(withoutSurvey) && processed(afterErasure));
        assertThat(count("invitation", notInvited)).isZero();
        assertThat(count("invitation", erased)).isZero();
        assertThat(count("invitation", foreign)).isZero();

        String dlq = Topics.deadLetter(Topics.CAMPAIGN_EVENTS, GROUP);
        TopicRecords.awaitFor(dlq, unreadable, 1);
        TopicRecords.awaitFor(dlq, foreign, 1);
        Set<String> keys = Set.of(first, second, notInvited, erased, foreign, unreadable);
        List<ConsumerRecord<String, byte[]>> dead = TopicRecords.all(dlq, record -> keys.contains(record.key()));
        assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(unreadable, foreign);
        assertThat(dead).filteredOn(record -> foreign.equals(record.key()))
                .allSatisfy(record -> assertThat(TopicRecords.header(record, "dead-letter-reason")).contains("tenant"));
    }

    @Test
    void aPollOfTombstonesWithPoisonErasesTheNamedClientsAndDeadLettersExactlyThePoison() throws Exception {
        String first = client();
        String second = client();
        String kept = client();
        for (String client : List.of(first, second, kept)) {
            produce(List.of(sent(client, "send-" + client, "client-satisfaction")));
        }
        Awaitility.await().atMost(WAIT).until(() -> count("invitation", first) == 1
                && count("invitation", second) == 1 && count("invitation", kept) == 1);

        String anonymous = client();
        ProducerRecord<String, byte[]> withoutTenant = tombstone(anonymous,
                attributes(EventType.CLIENT_PROFILE, anonymous, tenant));
        withoutTenant.headers().remove(CloudEventHeaders.TENANT_ID);
        String mismatched = client();
        produce(List.of(
                tombstone(first, attributes(EventType.CLIENT_PROFILE, first, tenant)),
                // A profile with a value is skipped unread, even one that could not be read.
                record(Topics.CLIENT_PROFILES, kept, attributes(EventType.CLIENT_PROFILE, kept, tenant),
                        "{not json".getBytes(StandardCharsets.UTF_8)),
                withoutTenant,
                tombstone(mismatched, attributes(EventType.CLIENT_PROFILE, "someone-else", tenant)),
                tombstone(second, attributes(EventType.CLIENT_PROFILE, second, tenant)),
                tombstone(first, attributes(EventType.CLIENT_PROFILE, first, tenant))));

        Awaitility.await().atMost(WAIT).until(() -> count("invitation", first) == 0
                && count("invitation", second) == 0);
        assertThat(count("erased_client", first)).isEqualTo(1);
        assertThat(count("erased_client", second)).isEqualTo(1);
        assertThat(count("invitation", kept)).isEqualTo(1);
        assertThat(count("erased_client", kept)).isZero();

        String dlq = Topics.deadLetter(Topics.CLIENT_PROFILES, GROUP);
        TopicRecords.awaitFor(dlq, anonymous, 1);
        TopicRecords.awaitFor(dlq, mismatched, 1);
        Set<String> keys = Set.of(first, second, kept, anonymous, mismatched);
        List<ConsumerRecord<String, byte[]>> dead = TopicRecords.all(dlq, record -> keys.contains(record.key()));
        assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(anonymous, mismatched);
        assertThat(count("erased_client", mismatched)).isZero();
    }

    private static String client() {
        return "client-" + UUID.randomUUID();
    }

    private EmailSent email(String client, String sendId, String surveyId) {
        return new EmailSent(sendId + "-" + client, tenant, "campaign-batch", client, null, surveyId,
                "survey-invitation", null, MessageClass.SERVICE, LegalBasis.CONTRACT, Instant.now());
    }

    private ProducerRecord<String, byte[]> sent(String client, String sendId, String surveyId) {
        EmailSent email = email(client, sendId, surveyId);
        return record(Topics.CAMPAIGN_EVENTS, client,
                EventType.cloudEventFor(email, "/nazorg/campaign-service", OffsetDateTime.now()),
                EventJson.write(email));
    }

    private static ProducerRecord<String, byte[]> tombstone(String client, CloudEventAttributes attributes) {
        return record(Topics.CLIENT_PROFILES, client, attributes, null);
    }

    private static ProducerRecord<String, byte[]> record(String topic, String key, CloudEventAttributes attributes,
                                                         byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        CloudEventHeaders.write(attributes, record.headers());
        return record;
    }

    private static CloudEventAttributes attributes(EventType type, String subject, String tenantId) {
        return CloudEventAttributes.newEvent(type.ceType(), "/test", OffsetDateTime.now(), subject, tenantId);
    }

    /** Sends in this order with one producer, so that the consumer is likely to take them in one poll. */
    private static void produce(List<ProducerRecord<String, byte[]>> records) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, NazorgTestInfrastructure.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            List<Future<RecordMetadata>> acks = records.stream().map(producer::send).toList();
            producer.flush();
            for (var ack : acks) {
                ack.get();
            }
        }
    }

    private long count(String table, String client) throws SQLException {
        return query("SELECT count(*) FROM " + table + " WHERE tenant_id = ? AND client_id = ?", tenant, client);
    }

    /** Whether the consumer group has recorded the record's ce_id (it was handled). */
    private boolean processed(ProducerRecord<String, byte[]> record) throws SQLException {
        String id = new String(record.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8);
        return query("SELECT count(*) FROM nazorg_processed_event WHERE consumer_group = ? AND ce_id = ?",
                GROUP, id) == 1;
    }

    private static long query(String sql, String... parameters) throws SQLException {
        try (Connection connection = NazorgTestInfrastructure.dataSource("survey").getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
