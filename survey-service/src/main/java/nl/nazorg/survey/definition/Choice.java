package nl.nazorg.survey.definition;

import java.util.Map;

import nl.nazorg.events.survey.WishCode;

/**
 * One option of a choice question.
 *
 * @param code  stable code on the topic, e.g. {@code LOWER_HOUSING_COSTS}
 * @param label the text per language
 * @param wish  the client wish (CLIENT_WISH) this option states; absent for ordinary options
 */
public record Choice(String code, Map<String, String> label, WishCode wish) {
}
