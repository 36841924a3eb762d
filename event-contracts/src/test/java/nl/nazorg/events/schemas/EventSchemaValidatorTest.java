package nl.nazorg.events.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.nazorg.events.EventType;
import nl.nazorg.events.SampleEvents;
import nl.nazorg.events.json.EventJson;

class EventSchemaValidatorTest {

    static final EventSchemaValidator VALIDATOR = EventSchemaValidator.create();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void aSampleBuiltWithTheRecordMatchesItsSchema(EventType type) {
        byte[] json = EventJson.write(SampleEvents.all().get(type));

        assertThat(VALIDATOR.violations(type, json)).isEmpty();
    }

    static Stream<Arguments> requiredFields() {
        List<Arguments> cases = new ArrayList<>();
        for (EventType type : EventType.values()) {
            JsonNode schema = EventJson.readTree(EventSchemas.text(type).getBytes(StandardCharsets.UTF_8));
            schema.get("required").forEach(field -> cases.add(Arguments.of(type, field.asText())));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredFields")
    void aSampleWithoutARequiredFieldFails(EventType type, String field) {
        ObjectNode json = sample(type);
        json.remove(field);

        assertThat(VALIDATOR.violations(type, json)).anySatisfy(violation -> assertThat(violation).contains(field));
    }

    @Test
    void aRequiredFieldOfANestedObjectIsCheckedToo() {
        ObjectNode portfolio = sample(EventType.PORTFOLIO);
        ((ObjectNode) portfolio.get("mortgages").get(0).get("loanParts").get(0)).remove("interestRate");

        assertThat(VALIDATOR.violations(EventType.PORTFOLIO, portfolio))
                .anySatisfy(violation -> assertThat(violation).contains("interestRate"));
    }

    @Test
    void formatsAreAsserted() {
        ObjectNode profile = sample(EventType.CLIENT_PROFILE);
        profile.put("email", "not-an-address");
        profile.put("dateOfBirth", "1976-02-30");
        profile.put("updatedAt", "2026-03-02 08:15");

        assertThat(VALIDATOR.violations(EventType.CLIENT_PROFILE, profile))
                .anySatisfy(v -> assertThat(v).contains("email"))
                .anySatisfy(v -> assertThat(v).contains("dateOfBirth"))
                .anySatisfy(v -> assertThat(v).contains("updatedAt"));
    }

    @Test
    void moneyHasAtMostTwoDecimalsAndRatesThree() {
        ObjectNode portfolio = sample(EventType.PORTFOLIO);
        ObjectNode part = (ObjectNode) portfolio.get("mortgages").get(0).get("loanParts").get(0);
        part.put("outstandingPrincipal", new BigDecimal("212345.678"));
        part.put("interestRate", new BigDecimal("4.1505"));

        assertThat(VALIDATOR.violations(EventType.PORTFOLIO, portfolio))
                .anySatisfy(v -> assertThat(v).contains("outstandingPrincipal"))
                .anySatisfy(v -> assertThat(v).contains("interestRate"));
        assertThat(VALIDATOR.violations(EventType.PORTFOLIO, sample(EventType.PORTFOLIO))).isEmpty();
    }

    @Test
    void aClosedListRejectsAnUnknownValue() {
        ObjectNode signal = sample(EventType.SIGNAL_RAISED);
        signal.put("status", "ESCALATED");

        assertThat(VALIDATOR.violations(EventType.SIGNAL_RAISED, signal))
                .anySatisfy(v -> assertThat(v).contains("status"));
    }

    @Test
    void anExtensibleListAcceptsANewValueButNeverUnknown() {
        ObjectNode future = sample(EventType.SIGNAL_RAISED);
        future.put("type", "SOLAR_PANELS_OPPORTUNITY");
        ObjectNode unknown = sample(EventType.SIGNAL_RAISED);
        unknown.put("type", "UNKNOWN");

        assertThat(VALIDATOR.violations(EventType.SIGNAL_RAISED, future)).isEmpty();
        assertThat(VALIDATOR.violations(EventType.SIGNAL_RAISED, unknown))
                .anySatisfy(v -> assertThat(v).contains("type"));
    }

    @Test
    void additionalFieldsAreAllowedForTolerantReaders() {
        ObjectNode survey = sample(EventType.SURVEY_COMPLETED);
        survey.put("addedInALaterVersion", 42);

        assertThat(VALIDATOR.violations(EventType.SURVEY_COMPLETED, survey)).isEmpty();
    }

    @Test
    void aSuppressedSignalNeedsItsReasonAndADismissedOneItsReason() {
        ObjectNode signal = sample(EventType.SIGNAL_UPDATED);
        signal.remove("suppressionReason");
        signal.remove("dismissReason");

        assertThat(VALIDATOR.violations(EventType.SIGNAL_UPDATED, signal))
                .anySatisfy(v -> assertThat(v).contains("suppressionReason"))
                .anySatisfy(v -> assertThat(v).contains("dismissReason"));
    }

    @Test
    void anAnswerCarriesTheFieldItsTypeNamesAndAnNpsIsZeroToTen() {
        ObjectNode survey = sample(EventType.SURVEY_COMPLETED);
        ObjectNode answers = (ObjectNode) survey.get("answers");
        ((ObjectNode) answers.get("q3-monthly-budget")).remove("number");
        ((ObjectNode) answers.get("q5-nps")).put("number", 11);
        ((ArrayNode) answers.get("q2-satisfied").get("choices")).add("NO");

        assertThat(VALIDATOR.violations(EventType.SURVEY_COMPLETED, survey))
                .anySatisfy(v -> assertThat(v).contains("q3-monthly-budget").contains("number"))
                .anySatisfy(v -> assertThat(v).contains("q5-nps"))
                .anySatisfy(v -> assertThat(v).contains("q2-satisfied"));
    }

    @Test
    void aRateTableBelongsToThePlatform() {
        ObjectNode table = sample(EventType.MARKET_RATE_TABLE);
        table.put("tenantId", "firm-a");

        assertThat(VALIDATOR.violations(EventType.MARKET_RATE_TABLE, table))
                .anySatisfy(v -> assertThat(v).contains("tenantId"));
    }

    @Test
    void malformedJsonIsOneViolation() {
        assertThat(VALIDATOR.violations(EventType.EMAIL_SENT, "{not json".getBytes(StandardCharsets.UTF_8)))
                .singleElement().asString().startsWith("malformed JSON");
    }

    @Test
    void requireValidThrowsWithEveryViolation() {
        ObjectNode sent = sample(EventType.EMAIL_SENT);
        sent.remove("sendId");
        sent.remove("sentAt");
        byte[] json = sent.toString().getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> VALIDATOR.requireValid(EventType.EMAIL_SENT, json))
                .isInstanceOfSatisfying(SchemaViolationException.class, e -> assertThat(e.violations()).hasSize(2))
                .hasMessageContaining("nl.nazorg.campaign.email-sent.v1")
                .hasMessageContaining("sendId")
                .hasMessageContaining("sentAt");
        VALIDATOR.requireValid(EventType.EMAIL_SENT, EventJson.write(SampleEvents.emailSent()));
    }

    static ObjectNode sample(EventType type) {
        return (ObjectNode) EventJson.readTree(EventJson.write(SampleEvents.all().get(type)));
    }
}
