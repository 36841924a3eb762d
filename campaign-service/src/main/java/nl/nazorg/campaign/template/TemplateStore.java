package nl.nazorg.campaign.template;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.storage.SetStatements;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds a template by id for one firm: shipped ones for all, own ones only for their firm. */
@ApplicationScoped
public class TemplateStore {

    private static final String OWN_BY_ID = "SELECT * FROM email_template WHERE id = ANY($1::uuid[])";

    @Inject
    BuiltInTemplates builtIn;

    /** The content in the language asked for, or Dutch when that language is missing; empty when unknown. */
    public Uni<Optional<TemplateContent>> find(String tenantId, String templateId, String language) {
        Optional<UUID> own = ownId(templateId);
        if (own.isEmpty()) {
            return Uni.createFrom().item(shipped(templateId, language));
        }
        return EmailTemplate.<EmailTemplate>findById(own.get()).map(template -> content(template, tenantId, language));
    }

    public Uni<Boolean> exists(String tenantId, String templateId) {
        return find(tenantId, templateId, "nl").map(Optional::isPresent);
    }

    /**
     * The templates these ids name, for a batch of e-mails: the firms' own read with one statement on the caller's
     * transaction (the dispatcher's, not an ORM session), the shipped ones from memory.
     */
    public Uni<Templates> forBatch(SqlConnection transaction, Collection<String> templateIds) {
        UUID[] own = templateIds.stream().map(TemplateStore::ownId).flatMap(Optional::stream).distinct()
                .toArray(UUID[]::new);
        return SetStatements.select(transaction, OWN_BY_ID, own, EmailTemplate::of)
                .map(found -> new Templates(found.stream()
                        .collect(Collectors.toMap(template -> template.id, Function.identity()))));
    }

    /** Templates read for one batch. */
    public final class Templates {
        private final Map<UUID, EmailTemplate> own;

        private Templates(Map<UUID, EmailTemplate> own) {
            this.own = own;
        }

        /** As {@link TemplateStore#find}, without a query. */
        public Optional<TemplateContent> find(String tenantId, String templateId, String language) {
            Optional<UUID> id = ownId(templateId);
            return id.isEmpty() ? shipped(templateId, language) : content(own.get(id.get()), tenantId, language);
        }
    }

    private Optional<TemplateContent> shipped(String templateId, String language) {
        if (!BuiltInTemplates.isBuiltIn(templateId)) {
            return Optional.empty();
        }
        Optional<TemplateContent> found = builtIn.find(templateId, language);
        return found.isPresent() ? found : builtIn.find(templateId, "nl");
    }

    private static Optional<TemplateContent> content(EmailTemplate template, String tenantId, String language) {
        return template == null || !Objects.equals(template.tenantId, tenantId) ? Optional.empty()
                : Optional.of(template.content(language));
    }

    /** The id of a firm's own template; empty for a shipped one or for anything that is no template id. */
    private static Optional<UUID> ownId(String templateId) {
        if (templateId == null || BuiltInTemplates.isBuiltIn(templateId)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(templateId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
