package nl.nazorg.campaign.template;

import java.time.Instant;

/** A template as the REST API shows it; shipped templates have ids {@code builtin:<KEY>} and no updatedAt. */
public record TemplateView(String id, String name, boolean builtIn, String subjectNl, String bodyNl, String subjectEn,
                           String bodyEn, Instant updatedAt) {

    static TemplateView of(EmailTemplate template) {
        return new TemplateView(template.id.toString(), template.name, false, template.subjectNl, template.bodyNl,
                template.subjectEn, template.bodyEn, template.updatedAt);
    }
}
