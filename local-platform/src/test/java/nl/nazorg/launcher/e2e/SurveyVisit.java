package nl.nazorg.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import nl.nazorg.infra.mail.ReceivedMail;
import nl.nazorg.launcher.api.ApiResponse;
import nl.nazorg.launcher.api.PlatformClient;

/**
 * A survey campaign to one adviser's clients and a client who answers it: opens the personal link from the e-mail
 * and posts the form, as a browser without JavaScript does.
 */
final class SurveyVisit {

    /** A check of three questions: a wish, a new e-mail address (mapped to the client file) and NPS. */
    static final String NAZORG_CHECK = """
            {"title": {"nl": "Nazorgcheck", "en": "Aftercare check"},
             "introduction": {"nl": "Drie korte vragen.", "en": "Three short questions."},
             "sections": [{"id": "check", "title": {"nl": "Uw situatie", "en": "Your situation"}, "questions": [
               {"id": "wishes", "type": "MULTI_CHOICE", "required": true,
                "text": {"nl": "Welke wensen heeft u?", "en": "What do you wish for?"},
                "choices": [{"code": "LOWER_HOUSING_COSTS", "wish": "LOWER_HOUSING_COSTS",
                             "label": {"nl": "Lagere woonlasten", "en": "Lower housing costs"}},
                            {"code": "NO_CHANGES", "label": {"nl": "Geen veranderingen", "en": "No changes"}}]},
               {"id": "new-email", "type": "TEXT", "required": false, "profileField": "EMAIL",
                "text": {"nl": "Heeft u een nieuw e-mailadres?", "en": "Do you have a new e-mail address?"}},
               {"id": "nps", "type": "NPS", "required": true,
                "text": {"nl": "Zou u ons aanbevelen?", "en": "Would you recommend us?"}}]}]}""";

    private static final String BROWSER = "Mozilla/5.0 (Android 14) Firefox/130.0";

    private SurveyVisit() {
    }

    /**
     * Saves the nazorg check, sends it to the one client of {@code adviserId} as a SERVICE message (the check is part
     * of the aftercare the client agreed to) and returns the campaign id.
     */
    static String sendCheck(Firm firm, String adviserId) {
        firm.surveys("PUT", "/surveys/nazorg-check", NAZORG_CHECK).expect(201);
        String campaign = firm.campaigns("POST", "/campaigns", """
                {"name": "Nazorgcheck", "kind": "SURVEY", "templateId": "builtin:SURVEY_SATISFACTION",
                 "messageClass": "SERVICE", "surveyId": "nazorg-check", "selection": {"adviserIds": ["%s"]}}"""
                .formatted(adviserId)).json(201).get("id").asText();
        await().atMost(Firm.FLOW).until(() -> firm.campaigns("POST", "/campaigns/" + campaign + "/preview?sample=1",
                null).json(200).get("matchingClients").asLong() == 1);
        firm.campaigns("POST", "/campaigns/" + campaign + "/launch", null).expect(200);
        return campaign;
    }

    /**
     * The survey page the invitation's personal link leads to, once it opens: survey-service accepts a link only for
     * an invitation it has learned from campaign-service's EmailSent, which may arrive just after the e-mail.
     */
    static String surveyPage(ReceivedMail invitation) {
        String page = TrackedLinks.destinations(invitation).stream().filter(url -> url.contains("/s/")).findFirst()
                .orElseThrow(() -> new AssertionError("No survey link in " + invitation.text()));
        await().atMost(Firm.FLOW).until(() -> open(page).status() == 200);
        return page;
    }

    static ApiResponse open(String surveyPage) {
        return PlatformClient.anonymous(HttpRequest.newBuilder(URI.create(surveyPage)).header("User-Agent", BROWSER)
                .GET().build());
    }

    /** Submits the check: the wish, a new address and an NPS score. */
    static void answer(String surveyPage, String wish, String newEmail, int nps) {
        String form = Map.of("q.wishes", wish, "q.new-email", newEmail, "q.nps", String.valueOf(nps), "action", "submit")
                .entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        ApiResponse submitted = PlatformClient.anonymous(HttpRequest.newBuilder(URI.create(surveyPage))
                .header("User-Agent", BROWSER).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    }
}
