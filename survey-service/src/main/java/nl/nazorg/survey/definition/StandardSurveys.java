package nl.nazorg.survey.definition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The surveys every firm has without configuring anything, shipped as JSON resources in {@code surveys/}. They are
 * version 1 of their id; a firm that saves its own version of one gets version 2 and up.
 */
@ApplicationScoped
public class StandardSurveys {

    public static final String ANNUAL_AFTERCARE_SCAN = "annual-aftercare-scan";
    public static final String MORTGAGE_SCAN = "mortgage-scan";
    public static final String CLIENT_SATISFACTION = "client-satisfaction";
    public static final int VERSION = 1;

    private final Map<String, SurveyDefinition> byId = new LinkedHashMap<>();

    @Inject
    public StandardSurveys(ObjectMapper json) {
        for (String id : List.of(ANNUAL_AFTERCARE_SCAN, MORTGAGE_SCAN, CLIENT_SATISFACTION)) {
            SurveyDefinition definition = load(json, id).withIdentity(id, VERSION);
            if (!DefinitionValidator.violations(definition).isEmpty()) {
                throw new IllegalStateException("standard survey " + id + " is invalid: "
                        + DefinitionValidator.violations(definition));
            }
            byId.put(id, definition);
        }
    }

    public Optional<SurveyDefinition> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<SurveyDefinition> all() {
        return List.copyOf(byId.values());
    }

    private static SurveyDefinition load(ObjectMapper json, String id) {
        try (InputStream in = StandardSurveys.class.getResourceAsStream("/surveys/" + id + ".json")) {
            if (in == null) {
                throw new IllegalStateException("missing resource surveys/" + id + ".json");
            }
            return json.readValue(in, SurveyDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
