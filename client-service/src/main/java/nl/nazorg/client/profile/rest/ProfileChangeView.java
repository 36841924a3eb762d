package nl.nazorg.client.profile.rest;

import java.time.Instant;

import nl.nazorg.client.profile.domain.ProfileChange;

/**
 * A field of the profile the client changed (e.g. in a survey), applied when an adviser approved it; without the
 * value. Requests still pending or rejected are on {@code /api/v1/contact-changes}.
 */
public record ProfileChangeView(String field, String source, String surveyId, String responseId,
                                Instant requestedAt, String contactChangeId, String approvedBy, Instant recordedAt) {

    public static ProfileChangeView of(ProfileChange change) {
        return new ProfileChangeView(change.field, change.source, change.surveyId, change.responseId,
                change.requestedAt, change.contactChangeId, change.approvedBy, change.recordedAt);
    }
}
