package nl.nazorg.campaign.template;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.campaign.config.CampaignConfig;
import nl.nazorg.web.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A template is only stored when it renders: parsed by the template language ({@link TemplateLanguage}, which refuses
 * namespaces, method calls, loops and unknown variables) and rendered against sample data (any figure, date or input
 * name is accepted). Each failure names the field, the line and the reason.
 */
@ApplicationScoped
public class TemplateValidation {

    @Inject
    MailRenderer renderer;

    @Inject
    CampaignConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Vertx vertx;

    /**
     * Every problem of a template request, found on a worker thread: checking renders the template, and however
     * bounded that is, the event loop serves every other request meanwhile.
     */
    public Uni<List<FieldError>> problems(TemplateRequest request) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> problemsNow(request)));
    }

    private List<FieldError> problemsNow(TemplateRequest request) {
        List<FieldError> problems = new ArrayList<>();
        problems.addAll(problems("subjectNl", request.subjectNl(), "nl"));
        problems.addAll(problems("bodyNl", request.bodyNl(), "nl"));
        problems.addAll(problems("subjectEn", request.subjectEn(), "en"));
        problems.addAll(problems("bodyEn", request.bodyEn(), "en"));
        if ((request.subjectEn() == null) != (request.bodyEn() == null)) {
            problems.add(new FieldError("bodyEn", "an English version needs both subjectEn and bodyEn"));
        }
        return problems;
    }

    private List<FieldError> problems(String field, String source, String language) {
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
}
