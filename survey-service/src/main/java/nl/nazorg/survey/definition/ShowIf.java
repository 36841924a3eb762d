package nl.nazorg.survey.definition;

import java.util.List;

/**
 * A simple condition: show a question only when an earlier choice question was answered with one of the codes.
 *
 * @param question the id of the earlier choice question
 * @param anyOf    the choice codes that make the question apply
 */
public record ShowIf(String question, List<String> anyOf) {

    public ShowIf {
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
    }
}
