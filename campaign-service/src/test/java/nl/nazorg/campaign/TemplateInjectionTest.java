package nl.nazorg.campaign;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.nazorg.campaign.support.Fixtures;
import nl.nazorg.campaign.support.Rows;
import nl.nazorg.campaign.support.TestEvents;
import nl.nazorg.infra.test.NazorgTestInfrastructure;
import nl.nazorg.security.Roles;
import nl.nazorg.security.token.AdviserTokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.hamcrest.Matcher;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

/**
 * Security issue 14, finding 1 and 3: a template is data, not code. Every probe an adviser could save is refused with a
 * 400 that names the field and leaks nothing, the nested-loop bomb is refused at once, and the service stays healthy;
 * a template stored before these rules is refused at preview too.
 */
@QuarkusTest
@WithTestResource(value = NazorgTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "campaign"))
class TemplateInjectionTest {

    private static String admin(String tenant) {
        return AdviserTokens.issue(tenant, "admin-1", Roles.ADMIN);
    }

    /** None of the configured secrets appears in an answer. */
    private static Matcher<String> leaksNoSecret() {
        List<Matcher<? super String>> leaks = new ArrayList<>();
        for (String key : ConfigProvider.getConfig().getPropertyNames()) {
            if (key.contains("secret")) {
                ConfigProvider.getConfig().getOptionalValue(key, String.class)
                        .filter(value -> value.length() >= 16)
                        .ifPresent(value -> leaks.add(not(containsString(value))));
            }
        }
        if (leaks.isEmpty()) {
            throw new AssertionError("no configured secret found to look for");
        }
        return allOf(leaks);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{config:['nazorg.campaign.link-secret']}",
            "{config:['nazorg.survey-link.secret']}",
            "{config:property('quarkus.datasource.password')}",
            "{config:quarkus.datasource.username}",
            "{inject:campaignConfig.linkSecret}",
            "{cdi:campaignConfig.linkSecret}",
            "{msg:anything}",
            "{global:anything}",
            "{firstName.getClass().getName()}",
            "{firm.name.toUpperCase()}",
            "{#for a in 100}{#for b in 100}{#for c in 1000}{/for}{/for}{/for}",
            "{#include mail-templates/nl/BIRTHDAY.txt /}",
            "{#eval 'x' /}",
    })
    void aTemplateThatReachesPastItsVariablesIsRefusedAndLeaksNothing(String probe) {
        String tenant = Fixtures.unique("firm");
        for (String field : new String[] {"subjectNl", "bodyNl"}) {
            Map<String, String> body = new java.util.HashMap<>(Map.of("name", "Probe", "subjectNl", "Hallo", "bodyNl", "{greeting}"));
            body.put(field, body.get(field) + " " + probe);
            given().auth().oauth2(admin(tenant)).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/templates")
                    .then().statusCode(400).time(lessThan(5_000L))
                    .body("type", equalTo("urn:nazorg:problem:validation"))
                    .body("errors.field", hasItem(field))
                    .body(leaksNoSecret());
        }
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().auth().oauth2(admin(tenant)).contentType(ContentType.JSON)
                .body(Map.of("name", "Gewoon", "subjectNl", "Hallo {firstName}", "bodyNl", "{greeting}\n\n{#if surveyUrl}{surveyUrl}{/if}"))
                .when().post("/api/v1/templates").then().statusCode(201);
    }

    @Test
    void aTemplateStoredBeforeTheRulesIsRefusedAtPreview() {
        String tenant = Fixtures.unique("firm");
        String client = Fixtures.unique("client");
        TestEvents.publish(Fixtures.profile(tenant, client).build());
        Rows.awaitContact(client, 1);
        UUID template = UUID.randomUUID();
        Rows.update("insert into email_template (id, tenant_id, name, subject_nl, body_nl, updated_at) values (?, ?, ?, ?, ?, ?)",
                template, tenant, "Oud", "Hallo", "{config:['nazorg.campaign.link-secret']}", java.sql.Timestamp.from(Instant.now()));
        String campaign = given().auth().oauth2(admin(tenant)).contentType(ContentType.JSON)
                .body(Map.of("name", "Iedereen", "kind", "SELECTION", "templateId", template.toString()))
                .when().post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin(tenant)).when().post("/api/v1/campaigns/" + campaign + "/preview?sample=1")
                .then().statusCode(400).body(containsString("not allowed")).body(leaksNoSecret());
    }
}
