package nl.nazorg.campaign.template;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders a template's subject and body in the template language ({@link TemplateLanguage}: sandboxed, bounded;
 * strict: a missing value is an error, never an empty gap).
 */
@ApplicationScoped
public class MailRenderer {

    public record Rendered(String subject, String body) {
    }

    private final Map<String, Template> parsed = new ConcurrentHashMap<>();

    /** @throws TemplateException when the template does not parse, is refused by the language or a value is missing */
    public Rendered render(TemplateContent content, Map<String, Object> data) {
        return new Rendered(TemplateLanguage.render(template(content.subject()), data),
                TemplateLanguage.render(template(content.body()), data));
    }

    /** Renders one source (used to validate a template before it is saved). */
    public String renderOne(String source, Map<String, Object> data) {
        return TemplateLanguage.render(TemplateLanguage.parse(source), data);
    }

    private Template template(String source) {
        Template template = parsed.get(source);
        if (template == null) {
            template = TemplateLanguage.parse(source);
            if (parsed.size() < 10_000) {
                parsed.put(source, template);
            }
        }
        return template;
    }
}
