package nl.nazorg.survey.page;

import java.util.Map;

import nl.nazorg.survey.response.AnswerProblem;

/** The fixed texts of the client's page, in Dutch (default) and English. */
final class PageTexts {

    private static final Map<String, String> DUTCH = Map.ofEntries(
            Map.entry("required", "verplicht"),
            Map.entry("errorPrefix", "Fout:"),
            Map.entry("optional", "niet verplicht"),
            Map.entry("save", "Opslaan en later verder"),
            Map.entry("submit", "Versturen"),
            Map.entry("saved", "Uw antwoorden zijn bewaard. U kunt later verder met dezelfde link."),
            Map.entry("errorsTitle", "Nog niet verstuurd: controleer de vragen hieronder."),
            Map.entry("conditionHint", "Alleen invullen als u bij de vraag hierboven koos voor: "),
            Map.entry("npsLow", "0 = zeer onwaarschijnlijk"),
            Map.entry("npsHigh", "10 = zeer waarschijnlijk"),
            Map.entry("dateHint", "Bijvoorbeeld 2031-07-01 of 01-07-2031"),
            Map.entry("submitHint", "Na versturen kunt u uw antwoorden niet meer wijzigen."),
            Map.entry("yourAdviser", "Uw adviseur"),
            Map.entry("neutralTitle", "Deze link werkt niet (meer)"),
            Map.entry("neutralText", "Deze link is niet geldig of verlopen. Neem contact op met uw adviseur als u de"
                    + " vragenlijst toch wilt invullen."),
            Map.entry("thanksTitle", "Hartelijk dank!"),
            Map.entry("thanksText", "Wij hebben uw antwoorden ontvangen. Uw adviseur neemt contact met u op als daar"
                    + " aanleiding toe is."),
            Map.entry("answeredTitle", "Al beantwoord"),
            Map.entry("answeredText", "Deze vragenlijst is al ingevuld en verstuurd. Hartelijk dank daarvoor."),
            Map.entry("REQUIRED", "Beantwoord deze vraag."),
            Map.entry("NOT_A_NUMBER", "Vul een getal in, bijvoorbeeld 250000."),
            Map.entry("TOO_LOW", "Vul een getal in van minimaal {0}."),
            Map.entry("TOO_HIGH", "Vul een getal in van maximaal {0}."),
            Map.entry("NOT_A_DATE", "Vul een datum in, bijvoorbeeld 01-07-2031."),
            Map.entry("NOT_A_CHOICE", "Kies een van de mogelijkheden."),
            Map.entry("ONE_CHOICE_ONLY", "Kies één mogelijkheid."),
            Map.entry("NOT_AN_EMAIL", "Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl."),
            Map.entry("NOT_A_PHONE", "Vul een geldig telefoonnummer in, bijvoorbeeld 0612345678."),
            Map.entry("NOT_AN_NPS", "Kies een cijfer van 0 tot en met 10."));

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("required", "required"),
            Map.entry("errorPrefix", "Error:"),
            Map.entry("optional", "optional"),
            Map.entry("save", "Save and continue later"),
            Map.entry("submit", "Submit"),
            Map.entry("saved", "Your answers have been saved. You can continue later with the same link."),
            Map.entry("errorsTitle", "Not sent yet: please check the questions below."),
            Map.entry("conditionHint", "Only answer this if you chose in the question above: "),
            Map.entry("npsLow", "0 = not at all likely"),
            Map.entry("npsHigh", "10 = extremely likely"),
            Map.entry("dateHint", "For example 2031-07-01 or 01-07-2031"),
            Map.entry("submitHint", "Once submitted, your answers can no longer be changed."),
            Map.entry("yourAdviser", "Your adviser"),
            Map.entry("neutralTitle", "This link does not work"),
            Map.entry("neutralText", "This link is not valid or has expired. Please contact your adviser if you still"
                    + " want to fill in the survey."),
            Map.entry("thanksTitle", "Thank you!"),
            Map.entry("thanksText", "We have received your answers. Your adviser will contact you if there is reason"
                    + " to."),
            Map.entry("answeredTitle", "Already answered"),
            Map.entry("answeredText", "This survey has already been filled in and submitted. Thank you."),
            Map.entry("REQUIRED", "Please answer this question."),
            Map.entry("NOT_A_NUMBER", "Please enter a number, for example 250000."),
            Map.entry("TOO_LOW", "Please enter a number of at least {0}."),
            Map.entry("TOO_HIGH", "Please enter a number of at most {0}."),
            Map.entry("NOT_A_DATE", "Please enter a date, for example 01-07-2031."),
            Map.entry("NOT_A_CHOICE", "Please choose one of the options."),
            Map.entry("ONE_CHOICE_ONLY", "Please choose one option."),
            Map.entry("NOT_AN_EMAIL", "Please enter a valid e-mail address, for example name@example.com."),
            Map.entry("NOT_A_PHONE", "Please enter a valid phone number, for example +31612345678."),
            Map.entry("NOT_AN_NPS", "Please choose a score from 0 to 10."));

    private PageTexts() {
    }

    static Map<String, String> of(String language) {
        return "en".equals(language) ? ENGLISH : DUTCH;
    }

    static String problem(String language, AnswerProblem problem) {
        String text = of(language).get(problem.code().name());
        return problem.argument() == null ? text : text.replace("{0}", problem.argument());
    }
}
