package nl.nazorg.survey.definition;

import java.util.List;
import java.util.Map;

/** A group of questions under one heading (onderdeel). */
public record Section(String id, Map<String, String> title, List<Question> questions) {

    public Section {
        title = title == null ? Map.of() : Map.copyOf(title);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
