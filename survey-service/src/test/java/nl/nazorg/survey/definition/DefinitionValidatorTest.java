package nl.nazorg.survey.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.nazorg.web.FieldError;

class DefinitionValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static SurveyDefinition standard(String id) throws Exception {
        try (InputStream in = DefinitionValidatorTest.class.getResourceAsStream("/surveys/" + id + ".json")) {
            return JSON.readValue(in, SurveyDefinition.class);
        }
    }

    private static List<String> fields(String json) throws Exception {
        return DefinitionValidator.violations(JSON.readValue(json, SurveyDefinition.class)).stream()
                .map(FieldError::field).toList();
    }

    @Test
    void theStandardSurveysAreValidInDutchAndEnglish() throws Exception {
        for (String id : List.of("annual-aftercare-scan", "mortgage-scan", "client-satisfaction")) {
            SurveyDefinition definition = standard(id);
            assertThat(DefinitionValidator.violations(definition)).as(id).isEmpty();
            definition.questions().forEach(question -> assertThat(question.text()).as(question.id())
                    .containsKeys("nl", "en"));
        }
        assertThat(standard("annual-aftercare-scan").question("wishes").orElseThrow().choices())
                .extracting(Choice::wish).doesNotContainNull().hasSize(9);
        assertThat(standard("client-satisfaction").questions().map(Question::type)).contains(QuestionType.NPS);
    }

    @Test
    void aValidMinimalSurveyPasses() throws Exception {
        assertThat(fields("""
                {"title":{"nl":"Kort"},"sections":[{"id":"s","questions":[
                  {"id":"nps","type":"NPS","required":true,"text":{"nl":"Aanbevelen?"}}]}]}""")).isEmpty();
    }

    @Test
    void namesEveryOffendingField() throws Exception {
        assertThat(fields("""
                {"title":{"en":"No Dutch"},"sections":[{"id":"s","questions":[
                  {"id":"a","type":"SINGLE_CHOICE","text":{"nl":"A"},"choices":[{"code":"X","label":{"nl":"x"}}]},
                  {"id":"a","type":"TEXT","text":{"nl":"B"},"profileField":"PLANNED_RETIREMENT_DATE"},
                  {"id":"c d","type":"NUMBER","text":{"nl":"C"},"min":10,"max":1,
                   "showIf":{"question":"later","anyOf":["Y"]}},
                  {"id":"later","type":"SINGLE_CHOICE","text":{"nl":"D"},
                   "choices":[{"code":"Y","label":{"nl":"y"}},{"code":"Y","label":{"nl":"y2"}}]},
                  {"id":"e","type":"TEXT","text":{"nl":"E"},"showIf":{"question":"later","anyOf":["Z"]}}]}]}"""))
                .containsExactlyInAnyOrder("title.nl",
                        "sections[0].questions[0].choices",
                        "sections[0].questions[1].id",
                        "sections[0].questions[1].profileField",
                        "sections[0].questions[2].id",
                        "sections[0].questions[2].max",
                        "sections[0].questions[2].showIf.question",
                        "sections[0].questions[3].choices[1].code",
                        "sections[0].questions[4].showIf.anyOf");
    }

    @Test
    void aSurveyWithoutQuestionsIsRefused() throws Exception {
        assertThat(fields("{\"title\":{\"nl\":\"Leeg\"},\"sections\":[]}")).containsExactly("sections");
    }
}
