package nl.nazorg.survey.definition;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import nl.nazorg.web.FieldError;

/** The survey definitions a firm can use: the standard ones and the versions it saved itself. */
@ApplicationScoped
public class SurveyCatalog {

    @Inject
    StandardSurveys standard;

    @Inject
    SurveyVersionRepository versions;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** The newest version, or null when the firm has no survey with this id. */
    public Uni<SurveyDefinition> latest(String tenantId, String surveyId) {
        return versions.latest(tenantId, surveyId)
                .map(row -> row != null ? read(row) : standard.find(surveyId).orElse(null));
    }

    /** One version, or null. */
    public Uni<SurveyDefinition> version(String tenantId, String surveyId, int version) {
        return versions.version(tenantId, surveyId, version)
                .map(row -> row != null ? read(row) : standard.find(surveyId)
                        .filter(definition -> version == StandardSurveys.VERSION).orElse(null));
    }

    /** The newest version of every survey of the firm, standard ones included. */
    public Uni<List<SurveyDefinition>> all(String tenantId) {
        return versions.latestOfEach(tenantId).map(rows -> {
            Map<String, SurveyDefinition> byId = new LinkedHashMap<>();
            standard.all().forEach(definition -> byId.put(definition.id(), definition));
            rows.forEach(row -> byId.put(row.surveyId, read(row)));
            return new ArrayList<>(byId.values());
        });
    }

    /**
     * Saves a new version.
     *
     * @throws InvalidDefinitionException when the definition does not pass {@link DefinitionValidator}
     */
    @WithTransaction
    public Uni<SurveyDefinition> save(String tenantId, String adviserId, String surveyId, SurveyDefinition input) {
        List<FieldError> violations = DefinitionValidator.violations(input);
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(new InvalidDefinitionException(violations));
        }
        return versions.latest(tenantId, surveyId).chain(latest -> {
            int previous = latest != null ? latest.version : standard.find(surveyId).map(d -> d.version()).orElse(0);
            SurveyDefinition saved = input.withIdentity(surveyId, previous + 1);
            SurveyVersion row = new SurveyVersion();
            row.tenantId = tenantId;
            row.surveyId = surveyId;
            row.version = saved.version();
            row.definition = write(saved);
            row.createdBy = adviserId;
            row.createdAt = clock.instant();
            return versions.persist(row).replaceWith(saved);
        });
    }

    private SurveyDefinition read(SurveyVersion row) {
        try {
            return json.readValue(row.definition, SurveyDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored survey " + row.surveyId + " v" + row.version + " unreadable", e);
        }
    }

    private String write(SurveyDefinition definition) {
        try {
            return json.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
