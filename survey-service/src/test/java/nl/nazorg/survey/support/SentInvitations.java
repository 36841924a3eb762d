package nl.nazorg.survey.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.campaign.EmailSent;
import nl.nazorg.events.cloudevents.CloudEventHeaders;
import nl.nazorg.events.consent.LegalBasis;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.security.link.SurveyLink;

/**
 * Survey invitations as campaign-service announces them: an EmailSent with the link's send, client, survey and
 * campaign on campaign-events.v1. A personal link opens only once survey-service has stored its invitation.
 */
public final class SentInvitations {

    private SentInvitations() {
    }

    /** Publishes the link's invitation and waits (bounded) until survey-service has stored it. */
    public static void announce(SurveyLink link) {
        publish(record(link));
        awaitStored(link.tenantId(), link.sendId());
    }

    /** The EmailSent record of the link's invitation, for a test that publishes it itself. */
    public static ProducerRecord<String, byte[]> record(SurveyLink link) {
        EmailSent sent = new EmailSent(link.sendId(), link.tenantId(), link.campaignId(), link.clientId(), null,
                link.surveyId(), "survey-invitation", null, MessageClass.SERVICE, LegalBasis.CONTRACT, Instant.now());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.CAMPAIGN_EVENTS, sent.clientId(),
                EventJson.write(sent));
        CloudEventHeaders.write(EventType.cloudEventFor(sent, "/nazorg/campaign-service", OffsetDateTime.now()),
                record.headers());
        return record;
    }

    public static RecordMetadata publish(ProducerRecord<String, byte[]> record) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, NazorgTestInfrastructure.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            return producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot publish to " + record.topic(), e);
        }
    }

    /** Waits (bounded) until survey-service has stored the invitation of this send. */
    public static void awaitStored(String tenantId, String sendId) {
        Awaitility.await().atMost(NazorgTestInfrastructure.defaultTimeout()).until(() -> stored(tenantId, sendId));
    }

    private static boolean stored(String tenantId, String sendId) throws SQLException {
        try (Connection connection = NazorgTestInfrastructure.dataSource("survey").getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT count(*) FROM invitation WHERE tenant_id = ? AND send_id = ?")) {
            statement.setString(1, tenantId);
            statement.setString(2, sendId);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }
}
