package nl.nazorg.events.client;

import java.time.Instant;
import java.util.Map;

import nl.nazorg.events.EventPayload;
import nl.nazorg.events.internal.Copies;

/**
 * A client asked to change their own profile (wijziging klantgegevens), e.g. a new e-mail address or a planned
 * retirement date given in a survey. On {@code profile-change-requests.v1}, read only by client-service, which owns the
 * profile, applies the change and publishes the new {@link ClientProfile}.
 * <p>
 * It carries personal data (a new e-mail address is one), so it does not travel on the partner-facing
 * {@code survey-responses.v1}: there, {@code SurveyCompleted} names only the fields that changed.
 *
 * @param requestId   the id of this request (a UUID); client-service applies one request once
 * @param tenantId    the advisory firm
 * @param clientId    the client whose profile changes; the record key
 * @param source      where the client asked
 * @param surveyId    the survey the answer came from, when the source is SURVEY
 * @param responseId  the survey response the answer came from, when the source is SURVEY
 * @param changes     the new value per field, as text in the field's JSON form (see {@link ProfileField})
 * @param requestedAt when the client asked
 */
public record ProfileChangeRequested(
        String requestId,
        String tenantId,
        String clientId,
        ProfileChangeSource source,
        String surveyId,
        String responseId,
        Map<ProfileField, String> changes,
        Instant requestedAt) implements EventPayload {

    public ProfileChangeRequested {
        changes = Copies.map(changes);
    }

    @Override
    public String partitionKey() {
        return clientId;
    }
}
