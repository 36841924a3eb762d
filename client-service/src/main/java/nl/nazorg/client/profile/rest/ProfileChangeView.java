package nl.nazorg.client.profile.rest;

import java.time.Instant;

import nl.nazorg.client.profile.domain.ProfileChange;

/** Where a field of the profile was changed by the client (e.g. a survey), without the value. */
public record ProfileChangeView(String field, String source, String surveyId, String responseId,
                                Instant requestedAt, Instant recordedAt) {

    public static ProfileChangeView of(ProfileChange change) {
        return new ProfileChangeView(change.field, change.source, change.surveyId, change.responseId,
                change.requestedAt, change.recordedAt);
    }
}
