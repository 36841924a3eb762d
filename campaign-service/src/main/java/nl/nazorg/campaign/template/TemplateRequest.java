package nl.nazorg.campaign.template;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A firm's template: Dutch required, English optional (both subject and body). Qute syntax. */
public record TemplateRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 300) String subjectNl,
        @NotBlank @Size(max = 20_000) String bodyNl,
        @Size(max = 300) String subjectEn,
        @Size(max = 20_000) String bodyEn) {
}
