package nl.nazorg.survey.response;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class SurveyResponseRepository implements PanacheRepositoryBase<SurveyResponse, String> {

    public Uni<SurveyResponse> byLink(String tenantId, String linkKey) {
        return find("tenantId = ?1 and linkKey = ?2", tenantId, linkKey).firstResult();
    }

    /** The same, locked until the transaction ends, so a link cannot be submitted twice at once. */
    public Uni<SurveyResponse> byLinkForUpdate(String tenantId, String linkKey) {
        return find("tenantId = ?1 and linkKey = ?2", tenantId, linkKey)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<List<SurveyResponse>> submittedOfClient(String tenantId, String clientId, Page page) {
        return find("tenantId = ?1 and clientId = ?2 and status = ?3 order by submittedAt desc",
                tenantId, clientId, ResponseStatus.SUBMITTED).page(page).list();
    }

    public Uni<List<SurveyResponse>> submittedToSurvey(String tenantId, String surveyId, Page page) {
        return find("tenantId = ?1 and surveyId = ?2 and status = ?3 order by submittedAt desc",
                tenantId, surveyId, ResponseStatus.SUBMITTED).page(page).list();
    }

    /** Every submitted response to one survey in [from, to), for summaries. */
    public Uni<List<SurveyResponse>> submittedBetween(String tenantId, String surveyId, Instant from, Instant to) {
        return find("tenantId = ?1 and surveyId = ?2 and status = ?3 and submittedAt >= ?4 and submittedAt < ?5",
                tenantId, surveyId, ResponseStatus.SUBMITTED, from, to).list();
    }

    /** Submitted responses with an NPS score in [from, to), for the NPS report. */
    public Uni<List<SurveyResponse>> withNpsBetween(String tenantId, Instant from, Instant to) {
        return find("tenantId = ?1 and status = ?2 and npsScore is not null and submittedAt >= ?3 and submittedAt < ?4",
                tenantId, ResponseStatus.SUBMITTED, from, to).list();
    }

    /** Submitted responses per campaign, for response rates. */
    public Uni<List<Object[]>> submittedPerCampaign(String tenantId) {
        return getSession().chain(session -> session.createSelectionQuery(
                        "select r.campaignId, count(r) from SurveyResponse r where r.tenantId = ?1 and r.status = ?2"
                                + " and r.campaignId is not null group by r.campaignId", Object[].class)
                .setParameter(1, tenantId).setParameter(2, ResponseStatus.SUBMITTED).getResultList());
    }
}
