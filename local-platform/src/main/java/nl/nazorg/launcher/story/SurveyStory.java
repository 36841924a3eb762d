package nl.nazorg.launcher.story;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import nl.nazorg.events.ClientDates;
import nl.nazorg.launcher.PlatformService;
import nl.nazorg.launcher.api.PlatformClient;
import nl.nazorg.launcher.flow.CampaignTotals;
import nl.nazorg.launcher.flow.FlowFigures;
import nl.nazorg.launcher.flow.FlowReader;

/**
 * A survey campaign: the annual aftercare scan (survey-service's standard {@code annual-aftercare-scan}) to the GOLD
 * subscribers, with campaign-service's shipped invitation. It goes as a SERVICE message: the scan is part of the
 * aftercare the GOLD subscription pays for, like the review invitation. Each telling is a new campaign, so the
 * clients are invited again (each invitation is a link of its own).
 */
final class SurveyStory {

    static final String SURVEY_ID = "annual-aftercare-scan";
    static final String TEMPLATE_ID = "builtin:SURVEY_ANNUAL_SCAN";

    private final StoryStage stage;

    SurveyStory(StoryStage stage) {
        this.stage = stage;
    }

    void tell() throws InterruptedException {
        String name = "Jaarlijkse nazorgscan GOLD "
                + LocalDateTime.now(ClientDates.ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        FlowFigures before = stage.figures();
        String id = stage.api().post(stage.urls().campaignApi("/campaigns"), PlatformClient.toJson(new SurveyCampaign(
                name, "SURVEY", TEMPLATE_ID, "SERVICE", SURVEY_ID, new Selection(List.of("GOLD")))))
                .json(201).path("id").asText();
        int planned = stage.api().post(stage.urls().campaignApi("/campaigns/" + id + "/launch"), "")
                .json(200).path("planned").asInt();
        stage.out().printf("Launched survey campaign '%s' (%s): %d GOLD subscribers selected.%n", name, id, planned);
        stage.printEffect(before, stage.awaitEffect(before));
        CampaignTotals campaign = new FlowReader(stage.api(), stage.urls(), null).campaign(id);
        stage.out().printf("  %-16s %d sent, %d adviser tasks (clients who prefer phone or letter), %d held back%s%n",
                "this campaign", campaign.sent(), campaign.adviserTasks(), campaign.heldBackTotal(),
                campaign.heldBackReasons());
        stage.lookAt(
                "the invitations:      " + stage.mailboxUrl() + " — open one, follow the survey link, answer it:",
                "                      a wish (e.g. lower housing costs) raises CLIENT_WISH and a thank-you e-mail,",
                "                      a new e-mail address or phone number lands in the client file",
                "campaign statistics:  " + stage.curl(stage.urls().campaignApi("/campaigns/" + id + "/stats")),
                "response rate:        " + stage.curl(stage.urls().surveyApi("/response-rates")),
                "answers so far:       " + stage.curl(stage.urls().surveyApi("/surveys/" + SURVEY_ID + "/summary")),
                "or click around:      " + stage.urls().page(PlatformService.SURVEY, "/q/swagger-ui"));
    }

    private record SurveyCampaign(String name, String kind, String templateId, String messageClass, String surveyId,
            Selection selection) {
    }

    private record Selection(List<String> tiers) {
    }
}
