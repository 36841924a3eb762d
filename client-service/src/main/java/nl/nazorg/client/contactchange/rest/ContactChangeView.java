package nl.nazorg.client.contactchange.rest;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.nazorg.client.contactchange.domain.ContactChange;
import nl.nazorg.client.contactchange.domain.ContactChangeStatus;
import nl.nazorg.client.contactchange.domain.RequestedValues;
import nl.nazorg.events.client.ProfileField;

/**
 * One item of the adviser's contact-change worklist. The requested values are shown while the change is pending (the
 * adviser checks them with the client); once decided, only the field names remain.
 */
public record ContactChangeView(String id, String clientId, ContactChangeStatus status, List<String> fields,
                                Map<ProfileField, String> requestedValues, String source, String surveyId,
                                String responseId, Instant requestedAt, Instant receivedAt, String decidedBy,
                                Instant decidedAt) {

    public static ContactChangeView of(ContactChange change) {
        Map<ProfileField, String> values = change.requestedValuesJson == null ? null
                : RequestedValues.fromJson(change.requestedValuesJson).values();
        return new ContactChangeView(change.id, change.clientId, change.status,
                Arrays.asList(change.fields.split(",")), values, change.source, change.surveyId, change.responseId,
                change.requestedAt, change.receivedAt, change.decidedBy, change.decidedAt);
    }
}
