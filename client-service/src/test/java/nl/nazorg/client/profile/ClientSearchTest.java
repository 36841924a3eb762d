package nl.nazorg.client.profile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.nazorg.client.support.ClientJson;
import nl.nazorg.client.support.Tokens;
import nl.nazorg.infra.test.NazorgTestInfrastructure;

/** The client list: filters combined, paging with a total. */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
class ClientSearchTest {

    private String token;

    @BeforeEach
    void threeClients() {
        token = Tokens.adviser("search-" + UUID.randomUUID().toString().substring(0, 8));
        create("S-1", ClientJson.profile("S-1", "anna@example.nl").replace("\"Jan\"", "\"Anna\"")
                .replace("1975-03-14", "1990-01-01").replace("GOLD", "SILVER"), ClientJson.portfolio());
        create("S-2", ClientJson.profile("S-2", "bert@example.nl").replace("\"Jan\"", "\"Bert\"")
                .replace("adviser-1", "adviser-2"), ClientJson.portfolio("500000", true));
        create("S-3", ClientJson.profile("S-3", "carla@example.nl").replace("\"Jan\"", "\"Carla\"")
                .replace("1975-03-14", "1950-06-01"), "{\"insurances\": []}");
    }

    @Test
    void filtersCombine() {
        search("name=anna").body("items.externalReference", contains("S-1"));
        search("email=bert@").body("items.externalReference", contains("S-2"));
        search("adviser=adviser-2").body("items.externalReference", contains("S-2"));
        search("tier=GOLD").body("items.externalReference", containsInAnyOrder("S-2", "S-3"));
        search("minAge=60").body("items.externalReference", contains("S-3"));
        search("maxAge=40").body("items.externalReference", contains("S-1"));
        search("hasProduct=MORTGAGE&hasProduct=BUILDING").body("items.externalReference",
                containsInAnyOrder("S-1", "S-2"));
        search("lacksProduct=MORTGAGE").body("items.externalReference", contains("S-3"));
        search("forSale=true").body("items.externalReference", contains("S-2"))
                .body("items[0].products", hasSize(4));
        search("tier=GOLD&forSale=false").body("items.externalReference", contains("S-3"));
    }

    @Test
    void pagesCarryTheTotal() {
        search("size=2&page=0").body("items", hasSize(2)).body("total", is(3)).body("page", is(0));
        search("size=2&page=1").body("items", hasSize(1)).body("total", is(3));
        search("size=0").statusCode(400);
        search("hasProduct=SPACESHIP").statusCode(org.hamcrest.Matchers.anyOf(is(400), is(404)));
    }

    private void create(String reference, String profile, String portfolio) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"profile\": " + profile + ", \"portfolio\": " + portfolio + "}")
                .post("/api/v1/clients").then().statusCode(201);
    }

    private io.restassured.response.ValidatableResponse search(String query) {
        return given().auth().oauth2(token).get("/api/v1/clients?" + query).then();
    }
}
