package nl.nazorg.survey.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.nazorg.events.client.ProfileField;
import nl.nazorg.events.survey.WishCode;
import nl.nazorg.survey.definition.SurveyDefinition;

class AnswersTest {

    private static SurveyDefinition annualScan() throws Exception {
        try (InputStream in = AnswersTest.class.getResourceAsStream("/surveys/annual-aftercare-scan.json")) {
            return new ObjectMapper().readValue(in, SurveyDefinition.class).withIdentity("annual-aftercare-scan", 1);
        }
    }

    @Test
    void readsNumbersAndDatesTheWayDutchClientsTypeThem() {
        assertThat(AnswerValues.number("250.000")).contains(new BigDecimal("250000"));
        assertThat(AnswerValues.number("€ 1.234,56")).contains(new BigDecimal("1234.56"));
        assertThat(AnswerValues.number("3,5")).contains(new BigDecimal("3.5"));
        assertThat(AnswerValues.number("3.5")).contains(new BigDecimal("3.5"));
        assertThat(AnswerValues.number("veel")).isEmpty();
        assertThat(AnswerValues.date("01-07-2031")).contains(LocalDate.of(2031, 7, 1));
        assertThat(AnswerValues.date("2031-07-01")).contains(LocalDate.of(2031, 7, 1));
        assertThat(AnswerValues.date("31-02-2031")).isEmpty();
        assertThat(AnswerValues.nps("10")).contains(10);
        assertThat(AnswerValues.nps("11")).isEmpty();
        assertThat(AnswerValues.phone("06-12 34 56 78")).contains("0612345678");
        assertThat(AnswerValues.email("jan@example.nl")).isTrue();
        assertThat(AnswerValues.email("jan@example")).isFalse();
    }

    @Test
    void requiredQuestionsAndConditionsDecideWhatIsAProblem() throws Exception {
        SurveyDefinition scan = annualScan();
        Answers empty = Answers.none();
        assertThat(AnswerValidation.problems(scan, empty)).containsOnlyKeys("wishes", "household-change",
                "income-change");
        Answers answers = new Answers(Map.of("wishes", List.of("NO_CHANGES", "BOGUS"),
                "household-change", List.of("NO", "YES"), "income-change", List.of("SAME"),
                "planned-retirement", List.of("soon"), "new-phone", List.of("abc")));
        assertThat(AnswerValidation.problems(scan, answers)).containsExactly(
                Map.entry("wishes", AnswerProblem.of(AnswerProblem.Code.NOT_A_CHOICE)),
                Map.entry("household-change", AnswerProblem.of(AnswerProblem.Code.ONE_CHOICE_ONLY)),
                Map.entry("planned-retirement", AnswerProblem.of(AnswerProblem.Code.NOT_A_DATE)),
                Map.entry("new-phone", AnswerProblem.of(AnswerProblem.Code.NOT_A_PHONE)));
    }

    @Test
    void aConditionalQuestionShowsUntilItsConditionIsAnsweredOtherwise() throws Exception {
        SurveyDefinition scan = annualScan();
        var other = scan.question("other-wish").orElseThrow();
        assertThat(Answers.none().visible(other)).isTrue();
        assertThat(Answers.none().applies(other)).isFalse();
        assertThat(new Answers(Map.of("wishes", List.of("LIVE_LARGER"))).visible(other)).isFalse();
        assertThat(new Answers(Map.of("wishes", List.of("LIVE_LARGER", "OTHER"))).applies(other)).isTrue();
    }

    @Test
    void blankValuesAndUnknownQuestionsAreDropped() throws Exception {
        Answers answers = new Answers(Map.of("wishes", List.of(" ", ""), "smuggled", List.of("x"),
                "income-change", List.of(" SAME "))).keepOnly(annualScan());
        assertThat(answers.values()).containsExactly(Map.entry("income-change", List.of("SAME")));
    }

    @Test
    void theEventCarriesWishesProfileFieldNamesAndNoText() throws Exception {
        SurveyDefinition scan = annualScan();
        SurveyResponse response = new SurveyResponse();
        response.id = "r-1";
        response.tenantId = "firm";
        response.clientId = "c-1";
        response.surveyId = scan.id();
        response.surveyVersion = 1;
        response.submittedAt = java.time.Instant.parse("2026-11-22T10:00:00Z");
        Answers answers = new Answers(Map.of("wishes", List.of("IMPROVE_HOUSE", "USE_EQUITY_FOR_CHILDREN"),
                "household-change", List.of("NO"), "income-change", List.of("HIGHER"),
                "new-phone", List.of("+31 6 1234 5678"), "other-wish", List.of("ignored: OTHER not chosen")));
        var event = CompletedSurvey.event(response, scan, answers);
        assertThat(event.wishes()).containsExactly(WishCode.IMPROVE_HOUSE, WishCode.USE_EQUITY_FOR_CHILDREN);
        assertThat(event.changedProfileFields()).containsExactly(ProfileField.PHONE);
        assertThat(event.answers()).containsOnlyKeys("wishes", "household-change", "income-change");
        assertThat(event.npsScore()).isNull();
        var request = CompletedSurvey.changeRequest(response, scan, answers, response.submittedAt).orElseThrow();
        assertThat(request.changes()).containsExactly(Map.entry(ProfileField.PHONE, "+31612345678"));
    }
}
