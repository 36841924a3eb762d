package nl.nazorg.survey.results;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.nazorg.survey.response.Answers;
import nl.nazorg.survey.response.SurveyResponse;

/** A submitted response as an adviser reads it: every answer as given, free text included (it is the firm's data). */
public record ResponseView(String responseId, String clientId, String surveyId, int surveyVersion, String campaignId,
                           String sendId, Instant submittedAt, Integer npsScore, Map<String, List<String>> answers) {

    public static ResponseView of(SurveyResponse row, Answers answers) {
        return new ResponseView(row.id, row.clientId, row.surveyId, row.surveyVersion, row.campaignId, row.sendId,
                row.submittedAt, row.npsScore, answers.values());
    }
}
