package nl.nazorg.campaign.template;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.UUID;

/** Finds a template by id for one firm: shipped ones for all, own ones only for their firm. */
@ApplicationScoped
public class TemplateStore {

    @Inject
    BuiltInTemplates builtIn;

    /** The content in the language asked for, or Dutch when that language is missing; empty when unknown. */
    public Uni<Optional<TemplateContent>> find(String tenantId, String templateId, String language) {
        if (BuiltInTemplates.isBuiltIn(templateId)) {
            Optional<TemplateContent> found = builtIn.find(templateId, language);
            return Uni.createFrom().item(found.isPresent() ? found : builtIn.find(templateId, "nl"));
        }
        UUID id;
        try {
            id = UUID.fromString(templateId);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Uni.createFrom().item(Optional.empty());
        }
        return EmailTemplate.<EmailTemplate>findById(id).map(template -> template == null || !template.tenantId.equals(tenantId)
                ? Optional.empty() : Optional.of(template.content(language)));
    }

    public Uni<Boolean> exists(String tenantId, String templateId) {
        return find(tenantId, templateId, "nl").map(Optional::isPresent);
    }
}
