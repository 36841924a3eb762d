package nl.nazorg.campaign.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import nl.nazorg.events.client.SubscriptionTier;
import nl.nazorg.events.signal.SignalType;

import java.util.List;

/**
 * Who a selection campaign reaches ("klantgroepen filteren"): clients with at least one open signal of the given
 * types (none given: any client), within the age range, tiers, advisers and languages given (absent: no filter).
 */
public record SelectionFilter(
        List<SignalType> openSignalTypes,
        @Min(0) @Max(130) Integer minAge,
        @Min(0) @Max(130) Integer maxAge,
        List<SubscriptionTier> tiers,
        List<@Size(max = 100) String> adviserIds,
        List<@Size(max = 2) String> languages) {

    public static final SelectionFilter EVERYONE = new SelectionFilter(null, null, null, null, null, null);
}
