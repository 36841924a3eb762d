package nl.nazorg.survey.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import nl.nazorg.events.client.ProfileField;
import nl.nazorg.survey.definition.Question;
import nl.nazorg.survey.definition.Section;
import nl.nazorg.survey.definition.SurveyDefinition;
import nl.nazorg.survey.definition.Text;
import nl.nazorg.survey.response.AnswerProblem;
import nl.nazorg.survey.response.Answers;
import nl.nazorg.survey.response.PageOutcome;
import nl.nazorg.survey.page.PageViews.ErrorLink;
import nl.nazorg.survey.page.PageViews.FormView;
import nl.nazorg.survey.page.PageViews.OptionView;
import nl.nazorg.survey.page.PageViews.QuestionView;
import nl.nazorg.survey.page.PageViews.SectionView;

/** Turns a definition and the answers so far into the view of the form, in one language. */
final class FormPage {

    /** Form fields are {@code q.<question id>}, so they cannot collide with the page's own fields. */
    static final String FIELD_PREFIX = "q.";

    private FormPage() {
    }

    static FormView view(PageOutcome.Form form, String lang, String action) {
        Map<String, String> t = PageTexts.of(lang);
        List<ErrorLink> errors = new ArrayList<>();
        List<SectionView> sections = new ArrayList<>();
        for (Section section : form.definition().sections()) {
            List<QuestionView> questions = new ArrayList<>();
            for (Question question : section.questions()) {
                if (!form.answers().visible(question)) {
                    continue;
                }
                AnswerProblem problem = form.problems().get(question.id());
                String error = problem == null ? null : PageTexts.problem(lang, problem);
                QuestionView view = question(question, form, error, lang, t);
                if (error != null) {
                    errors.add(new ErrorLink(view.inputId(), view.text(), error));
                }
                questions.add(view);
            }
            if (!questions.isEmpty()) {
                sections.add(new SectionView(Text.in(section.title(), lang), questions));
            }
        }
        String firm = form.firmName() != null ? form.firmName() : t.get("yourAdviser");
        return new FormView(lang, firm, Text.in(form.definition().title(), lang),
                Text.in(form.definition().introduction(), lang), action, form.saved(), errors, sections, t);
    }

    private static QuestionView question(Question question, PageOutcome.Form form, String error, String lang,
                                         Map<String, String> t) {
        Answers answers = form.answers();
        String base = "q-" + question.id();
        List<String> given = answers.of(question.id());
        List<OptionView> options = switch (question.type()) {
            case SINGLE_CHOICE, MULTI_CHOICE -> question.choices().stream()
                    .map(choice -> new OptionView(base + "-" + choice.code(), choice.code(),
                            Text.in(choice.label(), lang), given.contains(choice.code())))
                    .toList();
            case NPS -> IntStream.rangeClosed(0, 10).mapToObj(Integer::toString)
                    .map(score -> new OptionView(base + "-" + score, score, score, given.contains(score)))
                    .toList();
            default -> List.of();
        };
        String kind = switch (question.type()) {
            case SINGLE_CHOICE -> "radio";
            case MULTI_CHOICE -> "checkbox";
            case NPS -> "nps";
            case NUMBER -> "number";
            case DATE -> "date";
            case TEXT -> "text";
        };
        String help = Text.in(question.help(), lang);
        if (help.isEmpty() && question.type() == nl.nazorg.survey.definition.QuestionType.DATE) {
            help = t.get("dateHint");
        }
        String condition = null;
        if (question.showIf() != null) {
            condition = t.get("conditionHint") + question.showIf().anyOf().stream()
                    .map(code -> conditionLabel(form.definition(), question, code, lang))
                    .reduce((a, b) -> a + ", " + b).orElse("");
        }
        List<String> describedBy = new ArrayList<>();
        if (!help.isEmpty()) {
            describedBy.add(base + "-help");
        }
        if (condition != null) {
            describedBy.add(base + "-condition");
        }
        if (error != null) {
            describedBy.add(base + "-error");
        }
        String inputId = options.isEmpty() ? base : options.get(0).inputId();
        return new QuestionView(base, inputId, FIELD_PREFIX + question.id(), kind, Text.in(question.text(), lang),
                help.isEmpty() ? null : help, condition, question.required(), given.isEmpty() ? "" : given.get(0),
                options, error, String.join(" ", describedBy), inputType(question), inputMode(question),
                autocomplete(question));
    }

    /** The label of the choice the condition names, taken from the earlier question. */
    private static String conditionLabel(SurveyDefinition definition, Question question, String code, String lang) {
        return definition.question(question.showIf().question()).stream()
                .flatMap(earlier -> earlier.choices().stream())
                .filter(choice -> choice.code().equals(code))
                .map(choice -> "\u201c" + Text.in(choice.label(), lang) + "\u201d")
                .findFirst().orElse(code);
    }

    private static String inputType(Question question) {
        if (question.profileField() == ProfileField.EMAIL) {
            return "email";
        }
        if (question.profileField() == ProfileField.PHONE) {
            return "tel";
        }
        return "text";
    }

    private static String inputMode(Question question) {
        return switch (question.type()) {
            case NUMBER -> "decimal";
            case DATE -> "numeric";
            default -> question.profileField() == ProfileField.PHONE ? "tel"
                    : question.profileField() == ProfileField.EMAIL ? "email" : "text";
        };
    }

    private static String autocomplete(Question question) {
        if (question.profileField() == ProfileField.EMAIL) {
            return "email";
        }
        if (question.profileField() == ProfileField.PHONE) {
            return "tel";
        }
        return "off";
    }
}
