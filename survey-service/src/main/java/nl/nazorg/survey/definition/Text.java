package nl.nazorg.survey.definition;

import java.util.Map;

/** Small helpers for texts given per language ({@code {"nl": "...", "en": "..."}}); Dutch is the fallback. */
public final class Text {

    public static final String DUTCH = "nl";

    private Text() {
    }

    public static String in(Map<String, String> texts, String language) {
        if (texts == null || texts.isEmpty()) {
            return "";
        }
        String text = texts.get(language);
        return text != null && !text.isBlank() ? text : texts.getOrDefault(DUTCH, "");
    }
}
