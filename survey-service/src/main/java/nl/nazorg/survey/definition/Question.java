package nl.nazorg.survey.definition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import nl.nazorg.events.client.ProfileField;

/**
 * One question (vraag) of a survey.
 *
 * @param id           stable id, the key of the answer on the topic
 * @param type         the kind of answer
 * @param text         the question per language
 * @param help         an optional explanation per language
 * @param required     whether a submission needs an answer (when the question applies)
 * @param choices      the options of a choice question
 * @param min          lowest number accepted (NUMBER)
 * @param max          highest number accepted (NUMBER)
 * @param showIf       optional condition on an earlier answer
 * @param profileField optional profile field the answer updates (sent to client-service)
 */
public record Question(
        String id,
        QuestionType type,
        Map<String, String> text,
        Map<String, String> help,
        boolean required,
        List<Choice> choices,
        BigDecimal min,
        BigDecimal max,
        ShowIf showIf,
        ProfileField profileField) {

    public Question {
        text = text == null ? Map.of() : Map.copyOf(text);
        help = help == null ? Map.of() : Map.copyOf(help);
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public boolean hasChoice(String code) {
        return choices.stream().anyMatch(choice -> choice.code().equals(code));
    }
}
