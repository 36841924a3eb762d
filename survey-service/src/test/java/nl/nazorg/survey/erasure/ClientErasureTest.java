package nl.nazorg.survey.erasure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import nl.nazorg.events.ClientDates;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.events.cloudevents.CloudEventHeaders;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.security.token.AdviserTokens;
import nl.nazorg.security.link.SurveyLink;
import nl.nazorg.survey.support.Links;
import nl.nazorg.survey.support.SentInvitations;
import nl.nazorg.survey.support.TopicRecords;

/**
 * AVG erasure: a tombstone on client-profiles.v1 deletes the client's responses and invitations in that firm only;
 * figures no longer count them; a replay, a late link and a late invitation bring nothing back.
 */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "survey"))
class ClientErasureTest {

    /** The consumer group: the application name, as the service consumes in it. */
    private static final String GROUP = "survey-service";

    private static final String DLQ = Topics.deadLetter(Topics.CLIENT_PROFILES, GROUP);
    private static final String CAMPAIGN = "campaign-erasure";
    private static final Duration WAIT = NazorgTestInfrastructure.defaultTimeout();

    private final DataSource database = NazorgTestInfrastructure.dataSource("survey");

    @Test
    void aTombstoneErasesTheClientsResponsesAndInvitationsInItsFirmOnly() throws Exception {
        String tenant = Links.tenant();
        String otherTenant = Links.tenant();
        String client = "client-" + UUID.randomUUID();
        String otherClient = "client-" + UUID.randomUUID();

        // The client: two invitations, a submitted satisfaction survey and a saved (draft) scan with a new e-mail.
        answer(link(tenant, client, "client-satisfaction"), 9);
        SurveyLink scan = link(tenant, client, "annual-aftercare-scan");
        SentInvitations.announce(scan);
        given().formParam("q.new-email", "jan.nieuw@example.nl").formParam("action", "save")
                .post("/s/" + Links.token(scan)).then().statusCode(200);
        // Who must stay: another client of the firm, and the same client id in another firm.
        answer(link(tenant, otherClient, "client-satisfaction"), 6);
        answer(link(otherTenant, client, "client-satisfaction"), 10);

        assertThat(count("invitation", tenant, client)).isEqualTo(2);
        assertThat(count("invitation", tenant, otherClient)).isEqualTo(1);
        assertThat(count("invitation", otherTenant, client)).isEqualTo(1);
        assertThat(count("survey_response", tenant, client)).isEqualTo(2);
        as(tenant).get("/api/v1/clients/" + client + "/survey-responses").then().statusCode(200).body("", hasSize(1));

        CloudEventAttributes erased = CloudEventAttributes.newEvent(EventType.CLIENT_PROFILE.ceType(),
                "/nazorg/client-service", OffsetDateTime.now(), client, tenant);
        produce(tombstone(client, erased));

        Awaitility.await().atMost(WAIT).untilAsserted(() -> {
            as(tenant).get("/api/v1/clients/" + client + "/survey-responses").then().statusCode(200)
                    .body("", hasSize(0));
            assertThat(count("survey_response", tenant, client)).isZero();
            assertThat(count("invitation", tenant, client)).isZero();
        });
        assertThat(count("survey_response", tenant, otherClient)).isEqualTo(1);
        assertThat(count("invitation", tenant, otherClient)).isEqualTo(1);
        assertThat(count("survey_response", otherTenant, client)).isEqualTo(1);
        assertThat(count("invitation", otherTenant, client)).isEqualTo(1);
        as(tenant).get("/api/v1/clients/" + otherClient + "/survey-responses").then().statusCode(200)
                .body("", hasSize(1));
        as(otherTenant).get("/api/v1/clients/" + client + "/survey-responses").then().statusCode(200)
                .body("", hasSize(1)).body("[0].npsScore", is(10));

        // Figures are computed from what is left: the erased promoter no longer counts.
        String today = LocalDate.now(ClientDates.ZONE).toString();
        as(tenant).queryParam("from", today).queryParam("to", today).get("/api/v1/nps").then().statusCode(200)
                .body("overall.responses", is(1)).body("overall.promoters", is(0))
                .body("overall.detractors", is(1)).body("overall.score", is(-100.0f))
                .body("perSurvey.client-satisfaction.responses", is(1));
        as(tenant).get("/api/v1/surveys/client-satisfaction/summary").then().statusCode(200).body("responses", is(1));
        as(tenant).get("/api/v1/response-rates").then().statusCode(200)
                .body("find { it.campaignId == '" + CAMPAIGN + "' }.invitations", is(1))
                .body("find { it.campaignId == '" + CAMPAIGN + "' }.responses", is(1));
    }

    @Test
    void aReplayedTombstoneALateLinkAndALateInvitationChangeNothing() throws Exception {
        String tenant = Links.tenant();
        String client = "client-" + UUID.randomUUID();
        String otherClient = "client-" + UUID.randomUUID();
        SurveyLink invited = link(tenant, client, "client-satisfaction");
        answer(invited, 8);
        answer(link(tenant, otherClient, "client-satisfaction"), 9);
        CloudEventAttributes erased = CloudEventAttributes.newEvent(EventType.CLIENT_PROFILE.ceType(),
                "/nazorg/client-service", OffsetDateTime.now(), client, tenant);
        produce(tombstone(client, erased));
        Awaitility.await().atMost(WAIT).until(() -> count("survey_response", tenant, client) == 0);
        Instant erasedAt = erasedAt(tenant, client);

        RecordMetadata replay = produce(tombstone(client, erased));
        awaitCommittedPast(replay);
        assertThat(erasedAt(tenant, client)).isEqualTo(erasedAt);
        assertThat(processed(GROUP, erased.id())).isEqualTo(1);
        assertThat(count("survey_response", tenant, client)).isZero();
        assertThat(count("survey_response", tenant, otherClient)).isEqualTo(1);
        assertThat(TopicRecords.all(DLQ, record -> client.equals(record.key()))).isEmpty();

        // The old link and a new one answer like unknown links and store nothing.
        given().get("/s/" + Links.token(invited)).then().statusCode(404);
        given().formParam("q.nps", "8").formParam("action", "save").post("/s/" + Links.token(invited))
                .then().statusCode(404);
        given().formParam("q.nps", "8").formParam("q.survey-experience", "EASY").formParam("action", "submit")
                .post("/s/" + Links.token(link(tenant, client, "client-satisfaction"))).then().statusCode(404);
        // campaign-events.v1 has no order with client-profiles.v1: an invitation may come after the erasure.
        SurveyLink lateLink = link(tenant, client, "client-satisfaction");
        ProducerRecord<String, byte[]> late = SentInvitations.record(lateLink);
        SentInvitations.publish(late);
        String lateId = new String(late.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8);
        Awaitility.await().atMost(WAIT).until(() -> processed(GROUP, lateId) == 1);
        assertThat(count("survey_response", tenant, client)).isZero();
        assertThat(count("invitation", tenant, client)).isZero();
        given().get("/s/" + Links.token(lateLink)).then().statusCode(404);
        assertThat(TopicRecords.awaitFor(Topics.SURVEY_RESPONSES, client, 1)).hasSize(1);
    }

    @Test
    void aTombstoneWithoutTenantGoesToTheDeadLetterTopicAndTheNextOneIsApplied() throws Exception {
        String tenant = Links.tenant();
        String client = "client-" + UUID.randomUUID();
        answer(link(tenant, client, "client-satisfaction"), 7);
        String anonymous = "client-" + UUID.randomUUID();
        ProducerRecord<String, byte[]> withoutTenant = new ProducerRecord<>(Topics.CLIENT_PROFILES, anonymous, null);
        CloudEventHeaders.write(CloudEventAttributes.newEvent(EventType.CLIENT_PROFILE.ceType(), "/test",
                OffsetDateTime.now(), anonymous, tenant), withoutTenant.headers());
        withoutTenant.headers().remove(CloudEventHeaders.TENANT_ID);
        produce(withoutTenant);
        produce(tombstone(client, CloudEventAttributes.newEvent(EventType.CLIENT_PROFILE.ceType(),
                "/nazorg/client-service", OffsetDateTime.now(), client, tenant)));

        assertThat(TopicRecords.header(TopicRecords.awaitFor(DLQ, anonymous, 1).get(0), "dead-letter-reason"))
                .contains("ce_tenantid");
        Awaitility.await().atMost(WAIT).until(() -> count("survey_response", tenant, client) == 0);
    }

    private static RequestSpecification as(String tenant) {
        return given().header("Authorization", AdviserTokens.bearer(tenant, "adviser-1", "adviser"));
    }

    private static SurveyLink link(String tenant, String client, String survey) {
        return new SurveyLink(tenant, client, survey, CAMPAIGN, "send-" + UUID.randomUUID(),
                Instant.now().plus(Duration.ofDays(30)));
    }

    /** The client gets the invitation and submits the satisfaction survey through its link. */
    private static void answer(SurveyLink link, int score) {
        SentInvitations.announce(link);
        given().formParam("q.nps", Integer.toString(score)).formParam("q.nps-reason", "Mijn nieuwe adres is geheim")
                .formParam("q.survey-experience", "EASY").formParam("action", "submit")
                .post("/s/" + Links.token(link)).then().statusCode(200);
    }

    private static ProducerRecord<String, byte[]> tombstone(String client, CloudEventAttributes attributes) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.CLIENT_PROFILES, client, null);
        CloudEventHeaders.write(attributes, record.headers());
        return record;
    }

    private static RecordMetadata produce(ProducerRecord<String, byte[]> record) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, NazorgTestInfrastructure.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            return producer.send(record).get();
        }
    }

    /** Bounded wait until the service's consumer group has committed past the record: it was handled. */
    private static void awaitCommittedPast(RecordMetadata record) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                NazorgTestInfrastructure.bootstrapServers()))) {
            Awaitility.await().atMost(WAIT).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata().get().get(partition);
                return committed != null && committed.offset() > record.offset();
            });
        }
    }

    private long count(String table, String tenant, String client) throws SQLException {
        return query("SELECT count(*) FROM " + table + " WHERE tenant_id = ? AND client_id = ?",
                rs -> rs.getLong(1), tenant, client);
    }

    private Instant erasedAt(String tenant, String client) throws SQLException {
        return query("SELECT erased_at FROM erased_client WHERE tenant_id = ? AND client_id = ?",
                rs -> rs.getTimestamp(1).toInstant(), tenant, client);
    }

    private long processed(String group, String ceId) throws SQLException {
        return query("SELECT count(*) FROM nazorg_processed_event WHERE consumer_group = ? AND ce_id = ?",
                rs -> rs.getLong(1), group, ceId);
    }

    private interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** The first column of the one row the query returns. */
    private <T> T query(String sql, Column<T> column, String... parameters) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).as("a row for %s", sql).isTrue();
                return column.read(rs);
            }
        }
    }
}
