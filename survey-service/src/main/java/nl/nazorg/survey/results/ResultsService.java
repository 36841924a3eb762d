package nl.nazorg.survey.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import nl.nazorg.survey.definition.SurveyCatalog;
import nl.nazorg.survey.invitation.Invitation;
import nl.nazorg.survey.response.ResponseService;
import nl.nazorg.survey.response.SurveyResponse;
import nl.nazorg.survey.response.SurveyResponseRepository;

/** Read side for advisers: NPS, summaries, responses and response rates, always within one firm. */
@ApplicationScoped
@WithSession
public class ResultsService {

    @Inject
    SurveyResponseRepository responses;

    @Inject
    SurveyCatalog catalog;

    @Inject
    ResponseService answers;

    public Uni<NpsReport> nps(String tenantId, Period period) {
        return responses.withNpsBetween(tenantId, period.start(), period.end())
                .map(rows -> NpsReport.of(period, rows.stream()
                        .map(row -> new NpsReport.Score(row.surveyId, row.submittedAt, row.npsScore)).toList()));
    }

    /** Null when the firm has no such survey. */
    public Uni<SurveySummary> summary(String tenantId, String surveyId, Period period) {
        return catalog.latest(tenantId, surveyId).chain(latest -> latest == null ? Uni.createFrom().nullItem()
                : responses.submittedBetween(tenantId, surveyId, period.start(), period.end())
                        .map(rows -> SurveySummary.of(latest, rows.stream().map(answers::read).toList(),
                                rows.stream().filter(row -> row.npsScore != null).map(row -> row.npsScore)
                                        .toList())));
    }

    public Uni<List<ResponseView>> ofClient(String tenantId, String clientId, Page page) {
        return responses.submittedOfClient(tenantId, clientId, page).map(this::views);
    }

    public Uni<List<ResponseView>> ofSurvey(String tenantId, String surveyId, Page page) {
        return responses.submittedToSurvey(tenantId, surveyId, page).map(this::views);
    }

    /** Null when the response does not exist or belongs to another firm. */
    public Uni<ResponseView> one(String tenantId, String responseId) {
        return responses.findById(responseId)
                .map(row -> row == null || !row.tenantId.equals(tenantId) ? null : ResponseView.of(row, answers.read(row)));
    }

    public Uni<List<ResponseRate>> responseRates(String tenantId) {
        return Invitation.<Invitation>list("tenantId = ?1 and campaignId is not null", tenantId)
                .chain(invitations -> responses.submittedPerCampaign(tenantId).map(counts -> {
                    Map<String, Long> answered = new HashMap<>();
                    counts.forEach(row -> answered.put((String) row[0], (Long) row[1]));
                    Map<String, List<Invitation>> byCampaign = new java.util.TreeMap<>();
                    invitations.forEach(i -> byCampaign.computeIfAbsent(i.campaignId, k -> new ArrayList<>()).add(i));
                    List<ResponseRate> rates = new ArrayList<>();
                    byCampaign.forEach((campaignId, sent) -> rates.add(ResponseRate.of(campaignId,
                            sent.get(0).surveyId, sent.size(), answered.getOrDefault(campaignId, 0L))));
                    return rates;
                }));
    }

    private List<ResponseView> views(List<SurveyResponse> rows) {
        return rows.stream().map(row -> ResponseView.of(row, answers.read(row))).toList();
    }
}
