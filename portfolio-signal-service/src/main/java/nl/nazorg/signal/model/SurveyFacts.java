package nl.nazorg.signal.model;

import java.util.List;
import java.util.Objects;

/**
 * Survey facts the rules read: the wishes of the client's latest aftercare scan, and the latest
 * NPS answer. The projection keeps only the latest, so a wish dropped in a newer scan resolves.
 *
 * @param latestNps null when the client never answered an NPS question
 */
public record SurveyFacts(List<StatedWish> wishes, NpsAnswer latestNps) {

    public SurveyFacts {
        wishes = List.copyOf(Objects.requireNonNull(wishes, "wishes"));
    }

    /** No survey answers. */
    public static SurveyFacts none() {
        return new SurveyFacts(List.of(), null);
    }
}
