package nl.nazorg.survey.definition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A survey definition (vragenlijst) as data. Versioned: each save is a new version, and a response keeps the version
 * it answered.
 *
 * @param id           stable id, e.g. {@code annual-aftercare-scan}
 * @param version      the version; assigned by the service on save (ignored in a request)
 * @param title        the title per language
 * @param introduction the text above the questions per language
 * @param sections     the sections in order
 */
public record SurveyDefinition(
        String id,
        Integer version,
        Map<String, String> title,
        Map<String, String> introduction,
        List<Section> sections) {

    public SurveyDefinition {
        title = title == null ? Map.of() : Map.copyOf(title);
        introduction = introduction == null ? Map.of() : Map.copyOf(introduction);
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public SurveyDefinition withIdentity(String surveyId, int newVersion) {
        return new SurveyDefinition(surveyId, newVersion, title, introduction, sections);
    }

    @JsonIgnore
    public Stream<Question> questions() {
        return sections.stream().flatMap(section -> section.questions().stream());
    }

    public Optional<Question> question(String questionId) {
        return questions().filter(question -> question.id().equals(questionId)).findFirst();
    }
}
