package nl.nazorg.campaign.template;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Renders a template's subject and body with Qute (strict: a missing value is an error, never an empty gap). */
@ApplicationScoped
public class MailRenderer {

    public record Rendered(String subject, String body) {
    }

    @Inject
    Engine engine;

    private final Map<String, Template> parsed = new ConcurrentHashMap<>();

    /** @throws TemplateException when the template does not parse or a value it uses is missing */
    public Rendered render(TemplateContent content, Map<String, Object> data) {
        return new Rendered(render(template(content.subject()), data), render(template(content.body()), data));
    }

    /** Renders one Qute source (used to validate a template before it is saved). */
    public String renderOne(String source, Map<String, Object> data) {
        return render(engine.parse(source), data);
    }

    private static String render(Template template, Map<String, Object> data) {
        var instance = template.instance();
        data.forEach(instance::data);
        return instance.render();
    }

    private Template template(String source) {
        Template template = parsed.get(source);
        if (template == null) {
            template = engine.parse(source);
            if (parsed.size() < 10_000) {
                parsed.put(source, template);
            }
        }
        return template;
    }
}
