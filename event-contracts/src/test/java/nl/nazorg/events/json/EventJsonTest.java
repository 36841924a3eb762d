package nl.nazorg.events.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.nazorg.events.EventPayload;
import nl.nazorg.events.EventType;
import nl.nazorg.events.SampleEvents;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.events.client.Language;
import nl.nazorg.events.client.ProfileChangeRequested;
import nl.nazorg.events.client.ProfileField;
import nl.nazorg.events.consent.ConsentStatus;
import nl.nazorg.events.market.MarketRateTable;
import nl.nazorg.events.portfolio.InsuranceType;
import nl.nazorg.events.portfolio.LoanPart;
import nl.nazorg.events.portfolio.Portfolio;
import nl.nazorg.events.signal.SignalRaised;
import nl.nazorg.events.signal.SignalType;
import nl.nazorg.events.survey.SurveyCompleted;

class EventJsonTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyRecordRoundTripsThroughJson(EventType type) {
        EventPayload sample = SampleEvents.all().get(type);

        EventPayload read = EventJson.read(EventJson.write(sample), type);

        assertThat(read).isEqualTo(sample);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void unknownFieldsAreIgnoredOnRead(EventType type) {
        ObjectNode json = (ObjectNode) tree(SampleEvents.all().get(type));
        json.put("addedInALaterVersion", "ignored");
        json.putObject("anotherNewObject").put("nested", 1);

        EventPayload read = EventJson.read(bytes(json), type);

        assertThat(read).isEqualTo(SampleEvents.all().get(type));
    }

    @Test
    void unknownFieldsInsideNestedObjectsAreIgnoredToo() {
        ObjectNode json = (ObjectNode) tree(SampleEvents.portfolio());
        ((ObjectNode) json.get("mortgages").get(0).get("loanParts").get(0)).put("newLoanPartField", true);

        assertThat(EventJson.read(bytes(json), Portfolio.class)).isEqualTo(SampleEvents.portfolio());
    }

    @Test
    void anUnknownValueOfAnExtensibleListReadsAsUnknown() {
        ObjectNode signal = (ObjectNode) tree(SampleEvents.signalRaised());
        signal.put("type", "SOLAR_PANELS_OPPORTUNITY");
        ObjectNode portfolio = (ObjectNode) tree(SampleEvents.portfolio());
        ((ObjectNode) portfolio.get("insurances").get(0)).put("type", "PET");

        assertThat(EventJson.read(bytes(signal), SignalRaised.class).type()).isEqualTo(SignalType.UNKNOWN);
        assertThat(EventJson.read(bytes(portfolio), Portfolio.class).insurances().get(0).type())
                .isEqualTo(InsuranceType.UNKNOWN);
    }

    @Test
    void anUnknownProfileFieldReadsAsUnknownAlsoAsAMapKey() {
        ObjectNode survey = (ObjectNode) tree(SampleEvents.surveyCompleted());
        survey.putArray("changedProfileFields").add("EMAIL").add("HOUSE_NAME");
        ObjectNode request = (ObjectNode) tree(SampleEvents.profileChangeRequested());
        ((ObjectNode) request.get("changes")).put("HOUSE_NAME", "Villa Kakelbont");

        assertThat(EventJson.read(bytes(survey), SurveyCompleted.class).changedProfileFields())
                .containsExactly(ProfileField.EMAIL, ProfileField.UNKNOWN);
        assertThat(EventJson.read(bytes(request), ProfileChangeRequested.class).changes())
                .containsEntry(ProfileField.UNKNOWN, "Villa Kakelbont")
                .containsEntry(ProfileField.EMAIL, "jan@vanderberg.example");
    }

    @Test
    void anUnknownValueOfAClosedListIsUnreadable() {
        ObjectNode signal = (ObjectNode) tree(SampleEvents.signalRaised());
        signal.put("status", "ESCALATED");

        assertThatThrownBy(() -> EventJson.read(bytes(signal), SignalRaised.class))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("$.status")
                .hasMessageNotContaining("ESCALATED");
    }

    @Test
    void decimalsKeepTheirExactValueAndScale() {
        String json = "{\"tenantId\":\"t\",\"clientId\":\"c\",\"version\":1,\"minimumMonthlySaving\":100.10,"
                + "\"updatedAt\":\"2026-03-02T08:15:30Z\"}";

        ClientProfile profile = EventJson.read(json.getBytes(StandardCharsets.UTF_8), ClientProfile.class);

        assertThat(profile.minimumMonthlySaving()).isEqualByComparingTo("100.10");
        assertThat(profile.minimumMonthlySaving().scale()).isEqualTo(2);
        assertThat(new String(EventJson.write(profile), StandardCharsets.UTF_8))
                .contains("\"minimumMonthlySaving\":100.10");
    }

    @Test
    void largeAndPreciseDecimalsAreWrittenPlainWithoutLoss() {
        BigDecimal precise = new BigDecimal("123456789012345678.123456789");
        BigDecimal tiny = new BigDecimal("1E-10");
        SignalRaised sample = SampleEvents.signalRaised();
        SignalRaised signal = new SignalRaised(sample.signalId(), sample.tenantId(), sample.clientId(), 1,
                sample.type(), sample.category(), sample.messageClass(), sample.deduplicationKey(),
                Map.of("precise", precise, "tiny", tiny), sample.inputs(), sample.ruleVersion(), null,
                sample.status(), false, null, null, sample.raisedAt(), sample.updatedAt(), null);

        String json = new String(EventJson.write(signal), StandardCharsets.UTF_8);
        SignalRaised read = EventJson.read(json.getBytes(StandardCharsets.UTF_8), SignalRaised.class);

        assertThat(json).contains("123456789012345678.123456789").contains("0.0000000001").doesNotContain("E-");
        assertThat(read.figures().get("precise")).isEqualTo(precise);
        assertThat(read.figures().get("tiny")).isEqualByComparingTo(tiny);
    }

    @Test
    void datesAreIsoTextAndInstantsUtc() {
        JsonNode json = tree(SampleEvents.clientProfile());

        assertThat(json.get("dateOfBirth").asText()).isEqualTo("1976-02-29");
        assertThat(json.get("updatedAt").asText()).isEqualTo("2026-03-02T08:15:30Z");
        assertThat(json.get("language").asText()).isEqualTo("nl");
    }

    @Test
    void nullsAreLeftOutAndTheKeyIsNotPartOfTheValue() {
        MarketRateTable table = MarketRateTable.of("ING", null, LocalDate.parse("2026-03-02"), List.of(), null);

        JsonNode json = tree(table);

        assertThat(json.has("lenderName")).isFalse();
        assertThat(json.has("publishedAt")).isFalse();
        assertThat(json.has("partitionKey")).isFalse();
        assertThat(table.partitionKey()).isEqualTo("ING");
    }

    @Test
    void absentOptionalFieldsReadAsTheirDocumentedDefaults() {
        String profileJson = "{\"tenantId\":\"t\",\"clientId\":\"c\",\"version\":1,"
                + "\"updatedAt\":\"2026-03-02T08:15:30Z\"}";
        String partJson = "{\"loanPartId\":\"p\",\"repaymentType\":\"LINEAR\",\"originalPrincipal\":1000,"
                + "\"outstandingPrincipal\":900,\"interestRate\":3.5}";

        ClientProfile profile = EventJson.read(profileJson.getBytes(StandardCharsets.UTF_8), ClientProfile.class);
        LoanPart part = readLoanPart(partJson);

        assertThat(profile.language()).isEqualTo(Language.NL);
        assertThat(profile.minimumMonthlySaving()).isEqualByComparingTo("100.00");
        assertThat(profile.marketingEmailConsent().status()).isEqualTo(ConsentStatus.NOT_GIVEN);
        assertThat(profile.household().children()).isEmpty();
        assertThat(profile.paymentArrears()).isEmpty();
        assertThat(part.feeFreePrepaymentShare()).isEqualByComparingTo("0.10");
        assertThat(part.fixedRateEndDate()).as("variable rate").isNull();
    }

    @Test
    void malformedJsonIsUnreadableWithoutEchoingTheInput() {
        byte[] broken = "{\"email\":\"secret@example.nl\"".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> EventJson.read(broken, SurveyCompleted.class))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageNotContaining("secret@example.nl");
        assertThatThrownBy(() -> EventJson.readTree(broken)).isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> EventJson.read("null".getBytes(StandardCharsets.UTF_8), SurveyCompleted.class))
                .isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void aWrongTypeOfValueNamesThePathButNotTheValue() {
        ObjectNode profile = (ObjectNode) tree(SampleEvents.clientProfile());
        profile.put("dateOfBirth", "29-02-1976");

        assertThatThrownBy(() -> EventJson.read(bytes(profile), ClientProfile.class))
                .isInstanceOf(UnreadableEventException.class)
                .hasMessageContaining("$.dateOfBirth")
                .hasMessageNotContaining("29-02-1976");
    }

    @Test
    void eachCallGetsItsOwnMapper() {
        assertThat(EventJson.newObjectMapper()).isNotSameAs(EventJson.newObjectMapper());
    }

    private static LoanPart readLoanPart(String json) {
        try {
            return EventJson.newObjectMapper().readValue(json, LoanPart.class);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static JsonNode tree(EventPayload payload) {
        return EventJson.readTree(EventJson.write(payload));
    }

    static byte[] bytes(JsonNode json) {
        try {
            return EventJson.newObjectMapper().writeValueAsBytes(json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
