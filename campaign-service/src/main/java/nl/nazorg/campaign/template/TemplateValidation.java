package nl.nazorg.campaign.template;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.config.CampaignConfig;
import nl.nazorg.web.FieldError;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A template is only stored when it renders: parsed and rendered against sample data (any figure, date or input
 * name is accepted, every other name must exist). Each failure names the field, the line and the reason.
 */
@ApplicationScoped
public class TemplateValidation {

    @Inject
    MailRenderer renderer;

    @Inject
    CampaignConfig config;

    @Inject
    ObjectMapper json;

    public List<FieldError> problems(String field, String source, String language) {
        List<FieldError> problems = new ArrayList<>();
        if (source == null) {
            return problems;
        }
        try {
            renderer.renderOne(source, sample(language));
        } catch (TemplateException e) {
            int line = e.getOrigin() == null ? 0 : e.getOrigin().getLine();
            String reason = e.getMessage() == null ? "does not render" : e.getMessage().replaceAll("\\s+", " ");
            problems.add(new FieldError(field, "line " + line + ": " + reason));
        }
        return problems;
    }

    private Map<String, Object> sample(String language) {
        ClientFormat format = ClientFormat.of(language);
        Map<String, Object> data = TemplateData.of(json, language,
                new TemplateData.Person("Jan", "J.", "de", "Vries", "MR"), null, null, null, null, config.sender(),
                "https://example.nl/s/voorbeeld");
        data.put("money", new AnyName(format.money(new java.math.BigDecimal("1234.56"))));
        data.put("number", new AnyName("12"));
        data.put("date", new AnyName(format.date(java.time.LocalDate.of(2027, 3, 1))));
        data.put("input", new AnyName("voorbeeld"));
        return data;
    }

    /** A map that has every key: figures differ per signal type, so any name is allowed in a template. */
    private static final class AnyName extends AbstractMap<String, String> {
        private final String value;

        AnyName(String value) {
            this.value = value;
        }

        @Override
        public String get(Object key) {
            return value;
        }

        @Override
        public boolean containsKey(Object key) {
            return true;
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return Set.of();
        }
    }
}
