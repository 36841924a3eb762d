package nl.nazorg.survey.results;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Responses per survey campaign (respons): invitations sent (EmailSent with a surveyId on campaign-events.v1) and
 * submitted responses through that campaign's links; the rate is a percentage with one decimal.
 */
public record ResponseRate(String campaignId, String surveyId, long invitations, long responses,
                           BigDecimal percentage) {

    public static ResponseRate of(String campaignId, String surveyId, long invitations, long responses) {
        BigDecimal percentage = invitations == 0 ? null : BigDecimal.valueOf(responses * 100)
                .divide(BigDecimal.valueOf(invitations), 1, RoundingMode.HALF_UP);
        return new ResponseRate(campaignId, surveyId, invitations, responses, percentage);
    }
}
