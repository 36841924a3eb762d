package nl.nazorg.events.survey;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.nazorg.events.EventPayload;
import nl.nazorg.events.client.ProfileField;
import nl.nazorg.events.internal.Copies;

/**
 * A client submitted a survey (vragenlijst ingevuld). On the partner-facing {@code survey-responses.v1}: typed
 * answers, wishes and the NPS score, no free text. Profile changes the client asked for travel, with their values,
 * as a {@code ProfileChangeRequested} on {@code profile-change-requests.v1}; here only the changed fields are named.
 *
 * @param responseId           the id of the response; one per submission
 * @param tenantId             the advisory firm
 * @param clientId             the client; the record key
 * @param surveyId             the survey definition, e.g. {@code annual-aftercare-scan}
 * @param surveyVersion        the version of that definition the client answered
 * @param campaignId           the campaign that sent the invitation; absent when the link came otherwise
 * @param sendId               the send of the invitation e-mail; absent when the link came otherwise
 * @param completedAt          when the client submitted it
 * @param answers              the answers by question id; TEXT answers are left out
 * @param changedProfileFields the profile fields the client gave new values for; empty when none
 * @param wishes               the wishes the client stated (woonwensen); empty when the survey does not ask
 * @param npsScore             the Net Promoter Score 0–10 when the survey asks it; absent otherwise
 */
public record SurveyCompleted(
        String responseId,
        String tenantId,
        String clientId,
        String surveyId,
        int surveyVersion,
        String campaignId,
        String sendId,
        Instant completedAt,
        Map<String, SurveyAnswer> answers,
        List<ProfileField> changedProfileFields,
        List<WishCode> wishes,
        Integer npsScore) implements EventPayload {

    public SurveyCompleted {
        answers = Copies.map(answers);
        changedProfileFields = Copies.list(changedProfileFields);
        wishes = Copies.list(wishes);
    }

    @Override
    public String partitionKey() {
        return clientId;
    }
}
