package nl.nazorg.campaign.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.nazorg.events.consent.MessageClass;
import nl.nazorg.events.signal.SignalType;

import java.time.Instant;
import java.util.List;

/**
 * A new campaign. Triggered: {@code signalTypes} and {@code mode}. Selection/survey: {@code selection} filters,
 * optional {@code scheduledAt}, {@code messageClass} (default MARKETING), survey: {@code surveyId}. An A/B split:
 * {@code variantBTemplateId} and {@code variantBPercent}.
 */
public record CampaignRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull CampaignKind kind,
        CampaignMode mode,
        List<SignalType> signalTypes,
        @NotBlank @Size(max = 100) String templateId,
        @Size(max = 100) String variantBTemplateId,
        @Min(1) @Max(99) Integer variantBPercent,
        MessageClass messageClass,
        @Valid SelectionFilter selection,
        Instant scheduledAt,
        @Size(max = 100) String surveyId) {
}
