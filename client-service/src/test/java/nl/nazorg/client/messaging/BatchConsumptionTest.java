package nl.nazorg.client.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.nazorg.client.support.ClientFiles;
import nl.nazorg.client.support.ContactChanges;
import nl.nazorg.client.support.TopicRecords;
import nl.nazorg.client.support.TopicWriter;
import nl.nazorg.client.support.Tokens;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.campaign.UnsubscribeChannel;
import nl.nazorg.events.campaign.UnsubscribeScope;
import nl.nazorg.events.campaign.Unsubscribed;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.events.client.ProfileChangeRequested;
import nl.nazorg.events.client.ProfileChangeSource;
import nl.nazorg.events.client.ProfileField;
import nl.nazorg.events.cloudevents.CloudEventAttributes;
import nl.nazorg.events.consent.ConsentStatus;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.infra.test.NazorgTestInfrastructure;

/**
 * A poll at a time: valid events and poison in one poll (bad JSON, wrong tenant, a payload the contract refuses),
 * the valid ones applied once, exactly the poison ones on {@code <topic>.dlq.client-service}; events of other types
 * skipped without a dead letter; a replayed request changes nothing.
 */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
class BatchConsumptionTest {

    /** The consumer group: the application name, as the service consumes in it. */
    private static final String GROUP = "client-service";

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final String tenant = "batch-" + UUID.randomUUID().toString().substring(0, 8);
    private final String token = Tokens.adviser(tenant);

    @Test
    void aPollOfUnsubscribesWithPoisonWithdrawsTheValidOnesAndDeadLettersExactlyThePoison() {
        List<String> valid = IntStream.range(0, 4).mapToObj(i -> create("BU-" + i)).toList();
        String foreign = create("BU-foreign");
        String incomplete = create("BU-incomplete");
        String unreadable = "unreadable-" + UUID.randomUUID();
        List<ProducerRecord<String, byte[]>> poll = new ArrayList<>();
        poll.add(TopicWriter.record(unsubscribe(valid.get(0))));
        poll.add(TopicWriter.record(attributes(EventType.UNSUBSCRIBED, unreadable, tenant), Topics.CAMPAIGN_EVENTS,
                unreadable, "{not json".getBytes(StandardCharsets.UTF_8)));
        poll.add(TopicWriter.record(unsubscribe(valid.get(1))));
        poll.add(TopicWriter.record(attributes(EventType.UNSUBSCRIBED, foreign, "another-firm"),
                Topics.CAMPAIGN_EVENTS, foreign, EventJson.write(unsubscribe(foreign))));
        poll.add(TopicWriter.record(unsubscribe(valid.get(2))));
        poll.add(TopicWriter.record(attributes(EventType.UNSUBSCRIBED, incomplete, tenant), Topics.CAMPAIGN_EVENTS,
                incomplete, EventJson.write(new Unsubscribed(tenant, incomplete, null, null,
                        UnsubscribeScope.MARKETING, UnsubscribeChannel.PAGE, null))));
        // Another type on the same key as the last valid one (same partition, earlier): skipped, never dead-lettered.
        poll.add(TopicWriter.record(attributes(EventType.EMAIL_SENT, valid.get(3), tenant), Topics.CAMPAIGN_EVENTS,
                valid.get(3), "{\"not\": \"an unsubscribe\"}".getBytes(StandardCharsets.UTF_8)));
        poll.add(TopicWriter.record(unsubscribe(valid.get(3))));
        // A second unsubscribe of the first client in the same poll finds the consent withdrawn: no second entry.
        poll.add(TopicWriter.record(unsubscribe(valid.get(0))));
        TopicWriter.sendAll(poll);

        await().atMost(WAIT).untilAsserted(() -> valid.forEach(id -> assertThat(consent(id))
                .isEqualTo(ConsentStatus.WITHDRAWN.name())));
        given().auth().oauth2(token).get("/api/v1/clients/" + valid.get(0) + "/consent/history")
                .then().body("source", contains("unsubscribe-page"));
        ClientProfile published = EventJson.read(TopicRecords.await(Topics.CLIENT_PROFILES, valid.get(0), 2)
                .get(1).value(), ClientProfile.class);
        assertThat(published.version()).isEqualTo(2);
        assertThat(published.marketingEmailConsent().status()).isEqualTo(ConsentStatus.WITHDRAWN);

        String dlq = Topics.deadLetter(Topics.CAMPAIGN_EVENTS, GROUP);
        TopicRecords.await(dlq, unreadable, 1);
        TopicRecords.await(dlq, foreign, 1);
        TopicRecords.await(dlq, incomplete, 1);
        List<ConsumerRecord<String, byte[]>> dead = deadLettersOf(dlq, valid, foreign, incomplete, unreadable);
        assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(unreadable, foreign, incomplete);
        assertThat(reason(dead, foreign)).containsIgnoringCase("tenant");
        assertThat(reason(dead, incomplete)).contains("unsubscribedAt");
        assertThat(consent(foreign)).isNotEqualTo(ConsentStatus.WITHDRAWN.name());
        assertThat(consent(incomplete)).isNotEqualTo(ConsentStatus.WITHDRAWN.name());
    }

    @Test
    void aPollOfProfileChangesWithPoisonAndARepeatStoresEachValidRequestOnce() {
        String first = create("BP-1");
        String second = create("BP-2");
        String foreign = create("BP-foreign");
        String invalid = create("BP-invalid");
        String unreadable = "unreadable-" + UUID.randomUUID();
        ProducerRecord<String, byte[]> request = TopicWriter.record(change(first, ProfileField.EMAIL, "nieuw@example.nl"));
        TopicWriter.sendAll(List.of(
                request,
                TopicWriter.record(attributes(EventType.PROFILE_CHANGE_REQUESTED, unreadable, tenant),
                        Topics.PROFILE_CHANGE_REQUESTS, unreadable, "[]".getBytes(StandardCharsets.UTF_8)),
                TopicWriter.record(change(second, ProfileField.LANGUAGE, "en")),
                TopicWriter.record(attributes(EventType.PROFILE_CHANGE_REQUESTED, foreign, "another-firm"),
                        Topics.PROFILE_CHANGE_REQUESTS, foreign,
                        EventJson.write(change(foreign, ProfileField.LANGUAGE, "en"))),
                TopicWriter.record(change(invalid, ProfileField.EMAIL, "not an address")),
                request));

        ContactChanges.awaitPending(token, first);
        ContactChanges.awaitPending(token, second);
        // The same request once more, in a later poll, then a new one of that client: two pending, not three.
        TopicWriter.sendAll(List.of(request, TopicWriter.record(change(first, ProfileField.LANGUAGE, "en"))));
        await().atMost(WAIT).untilAsserted(() -> ContactChanges.pending(token, first).body("total", is(2)));
        ContactChanges.pending(token, first).body("items.fields", contains(List.of("EMAIL"), List.of("LANGUAGE")));
        ContactChanges.pending(token, second).body("total", is(1));

        String dlq = Topics.deadLetter(Topics.PROFILE_CHANGE_REQUESTS, GROUP);
        TopicRecords.await(dlq, unreadable, 1);
        TopicRecords.await(dlq, foreign, 1);
        TopicRecords.await(dlq, invalid, 1);
        List<ConsumerRecord<String, byte[]>> dead = deadLettersOf(dlq, List.of(first, second), foreign, invalid,
                unreadable);
        assertThat(dead).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(unreadable, foreign, invalid);
        assertThat(reason(dead, invalid)).contains("EMAIL").doesNotContain("not an address");
        ContactChanges.pending(token, foreign).body("total", is(0));
        ContactChanges.pending(token, invalid).body("total", is(0));
        given().auth().oauth2(token).get("/api/v1/clients/" + first).then().body("version", is(1));
    }

    private Unsubscribed unsubscribe(String clientId) {
        return new Unsubscribed(tenant, clientId, "campaign-b", null, UnsubscribeScope.MARKETING,
                UnsubscribeChannel.PAGE, Instant.parse("2026-11-02T10:00:00Z"));
    }

    private ProfileChangeRequested change(String clientId, ProfileField field, String value) {
        return new ProfileChangeRequested(UUID.randomUUID().toString(), tenant, clientId, ProfileChangeSource.SURVEY,
                "annual-scan", "response-" + clientId, Map.of(field, value), Instant.now());
    }

    private static CloudEventAttributes attributes(EventType type, String subject, String tenantId) {
        return CloudEventAttributes.newEvent(type.ceType(), "/nazorg/test", OffsetDateTime.now(), subject, tenantId);
    }

    /** The dead letters of this test's keys, read to the topic's end. */
    private static List<ConsumerRecord<String, byte[]>> deadLettersOf(String dlq, List<String> valid,
                                                                     String... poison) {
        Set<String> keys = new HashSet<>(valid);
        keys.addAll(List.of(poison));
        return TopicRecords.readAll(dlq).stream().filter(record -> keys.contains(record.key())).toList();
    }

    private static String reason(List<ConsumerRecord<String, byte[]>> dead, String key) {
        return dead.stream().filter(record -> key.equals(record.key())).findFirst()
                .map(record -> new String(record.headers().lastHeader("dead-letter-reason").value(),
                        StandardCharsets.UTF_8))
                .orElseThrow();
    }

    private String consent(String clientId) {
        return given().auth().oauth2(token).get("/api/v1/clients/" + clientId).then().statusCode(200)
                .extract().path("marketingEmailConsent.status");
    }

    private String create(String reference) {
        return ClientFiles.create(token, reference, reference.toLowerCase() + "@example.nl");
    }
}
