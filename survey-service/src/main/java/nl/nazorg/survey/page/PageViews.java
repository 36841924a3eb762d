package nl.nazorg.survey.page;

import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;

/** What the Qute templates read; built by {@link FormPage}. */
final class PageViews {

    private PageViews() {
    }

    @TemplateData
    record FormView(String lang, String firmName, String title, String introduction, String action, boolean saved,
                    List<ErrorLink> errors, List<SectionView> sections, Map<String, String> t) {
    }

    @TemplateData
    record ErrorLink(String target, String text, String message) {
    }

    @TemplateData
    record SectionView(String title, List<QuestionView> questions) {
    }

    /**
     * One question. {@code kind} picks the markup: radio, checkbox, nps, text, number, date.
     *
     * @param describedBy ids of the help, condition and error texts, for {@code aria-describedby}
     */
    @TemplateData
    record QuestionView(String id, String inputId, String name, String kind, String text, String help,
                        String condition, boolean required, String value, List<OptionView> options, String error,
                        String describedBy, String inputType, String inputMode, String autocomplete) {
    }

    @TemplateData
    record OptionView(String inputId, String code, String label, boolean checked) {
    }

    @TemplateData
    record NoticeView(String lang, String firmName, String heading, String text) {
    }
}
