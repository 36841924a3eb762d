package nl.nazorg.client.profile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.nazorg.client.support.ClientFiles;
import nl.nazorg.client.support.ClientJson;
import nl.nazorg.client.support.Schemas;
import nl.nazorg.client.support.TopicRecords;
import nl.nazorg.client.support.Tokens;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.events.portfolio.Portfolio;
import nl.nazorg.infra.test.NazorgTestInfrastructure;

/** REST → row → state events on the compacted topics, through the outbox; erasure → tombstones. */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
class ClientFlowTest {

    private final String tenant = "firm-" + UUID.randomUUID().toString().substring(0, 8);
    private final String token = Tokens.adviser(tenant);

    @Test
    void aNewClientIsStoredAndPublishedWithProfileAndPortfolio() throws Exception {
        String id = create("REL-1", "jan@example.nl");

        given().auth().oauth2(token).get("/api/v1/clients/" + id)
                .then().statusCode(200)
                .body("email", is("jan@example.nl"))
                .body("household.children[0].childId", is("child-1"))
                .body("minimumMonthlySaving", is(150.00f))
                .body("version", is(1));
        assertThat(rowCount(id)).isEqualTo(1);

        ConsumerRecord<String, byte[]> profile = TopicRecords.await(Topics.CLIENT_PROFILES, id, 1).get(0);
        assertHeaders(profile, EventType.CLIENT_PROFILE, id);
        Schemas.assertValid(EventType.CLIENT_PROFILE, profile.value());
        ClientProfile published = EventJson.read(profile.value(), ClientProfile.class);
        assertThat(published.version()).isEqualTo(1);
        assertThat(published.tenantId()).isEqualTo(tenant);
        assertThat(published.phone()).isEqualTo("+31612345678");
        assertThat(new String(profile.value(), StandardCharsets.UTF_8)).contains("\"minimumMonthlySaving\":150.00")
                .doesNotContain("null");

        ConsumerRecord<String, byte[]> portfolio = TopicRecords.await(Topics.PORTFOLIOS, id, 1).get(0);
        assertHeaders(portfolio, EventType.PORTFOLIO, id);
        Schemas.assertValid(EventType.PORTFOLIO, portfolio.value());
        Portfolio publishedPortfolio = EventJson.read(portfolio.value(), Portfolio.class);
        assertThat(publishedPortfolio.mortgages().get(0).loanParts()).hasSize(2);
        assertThat(new String(portfolio.value(), StandardCharsets.UTF_8))
                .contains("\"interestRate\":4.850", "\"feeFreePrepaymentShare\":0.10", "\"loanPartId\":\"m1-p1\"");
    }

    @Test
    void everyChangeRaisesTheVersionAndAnUnchangedUpdatePublishesNothing() {
        String id = create("REL-2", "piet@example.nl");

        given().auth().oauth2(token).contentType(ContentType.JSON).body(ClientJson.profile("REL-2", "piet@new.nl"))
                .put("/api/v1/clients/" + id).then().statusCode(200).body("version", is(2));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(ClientJson.profile("REL-2", "piet@new.nl"))
                .put("/api/v1/clients/" + id).then().statusCode(200).body("version", is(2));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(ClientJson.portfolio("500000", true))
                .put("/api/v1/clients/" + id + "/portfolio")
                .then().statusCode(200).body("version", is(2)).body("property.forSale", is(true));

        List<ConsumerRecord<String, byte[]>> profiles = TopicRecords.await(Topics.CLIENT_PROFILES, id, 3);
        assertThat(profiles).extracting(r -> EventJson.read(r.value(), ClientProfile.class).version())
                .containsExactly(1L, 2L, 3L);
        assertThat(EventJson.read(profiles.get(1).value(), ClientProfile.class).email()).isEqualTo("piet@new.nl");
        List<ConsumerRecord<String, byte[]>> portfolios = TopicRecords.await(Topics.PORTFOLIOS, id, 2);
        assertThat(portfolios).extracting(r -> EventJson.read(r.value(), Portfolio.class).version())
                .containsExactly(1L, 2L);
        Schemas.assertValid(EventType.PORTFOLIO, portfolios.get(1).value());
    }

    @Test
    void erasureDeletesTheClientAndPublishesTombstonesOnBothTopics() throws Exception {
        String id = create("REL-3", "kees@example.nl");

        given().auth().oauth2(Tokens.admin(tenant)).delete("/api/v1/clients/" + id).then().statusCode(204);

        given().auth().oauth2(token).get("/api/v1/clients/" + id).then().statusCode(404);
        assertThat(rowCount(id)).isZero();
        ConsumerRecord<String, byte[]> profileTombstone = TopicRecords.await(Topics.CLIENT_PROFILES, id, 2).get(1);
        assertThat(profileTombstone.value()).isNull();
        assertHeaders(profileTombstone, EventType.CLIENT_PROFILE, id);
        ConsumerRecord<String, byte[]> portfolioTombstone = TopicRecords.await(Topics.PORTFOLIOS, id, 2).get(1);
        assertThat(portfolioTombstone.value()).isNull();
        assertHeaders(portfolioTombstone, EventType.PORTFOLIO, id);
    }

    private String create(String reference, String email) {
        return ClientFiles.create(token, reference, email);
    }

    private void assertHeaders(ConsumerRecord<String, byte[]> record, EventType type, String id) {
        assertThat(record.key()).isEqualTo(id);
        assertThat(header(record, "ce_type")).isEqualTo(type.ceType());
        assertThat(header(record, "ce_subject")).isEqualTo(id);
        assertThat(header(record, "ce_tenantid")).isEqualTo(tenant);
        assertThat(header(record, "ce_source")).isEqualTo("/nazorg/client-service");
        assertThat(UUID.fromString(header(record, "ce_id"))).isNotNull();
        assertThat(header(record, "ce_time")).isNotBlank();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static int rowCount(String id) throws Exception {
        try (Connection connection = NazorgTestInfrastructure.dataSource("client").getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM client WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }
}
