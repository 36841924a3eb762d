package nl.nazorg.survey.definition;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class SurveyVersionRepository implements PanacheRepository<SurveyVersion> {

    public Uni<SurveyVersion> latest(String tenantId, String surveyId) {
        return find("tenantId = ?1 and surveyId = ?2 order by version desc", tenantId, surveyId).firstResult();
    }

    public Uni<SurveyVersion> version(String tenantId, String surveyId, int version) {
        return find("tenantId = ?1 and surveyId = ?2 and version = ?3", tenantId, surveyId, version).firstResult();
    }

    /** The newest version of every survey the firm saved. */
    public Uni<List<SurveyVersion>> latestOfEach(String tenantId) {
        return find("from SurveyVersion s where s.tenantId = ?1 and s.version = (select max(v.version)"
                + " from SurveyVersion v where v.tenantId = ?1 and v.surveyId = s.surveyId) order by s.surveyId",
                tenantId).list();
    }
}
