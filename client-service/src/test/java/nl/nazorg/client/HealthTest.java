package nl.nazorg.client;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.nazorg.infra.test.NazorgTestInfrastructure;

@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "client"))
class HealthTest {

    @Test
    void readyWithKafkaAndItsOwnDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.status", everyItem(is("UP")))
                .body("checks.name", hasItem(containsStringIgnoringCase("kafka")))
                .body("checks.name", hasItem(containsStringIgnoringCase("postgresql")));
    }
}
