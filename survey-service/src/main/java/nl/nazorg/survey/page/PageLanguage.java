package nl.nazorg.survey.page;

import java.util.List;
import java.util.Locale;

/**
 * The page's language: an explicit {@code lang} (the invitation e-mail adds the client's language) wins, then the
 * browser's preference, then Dutch. Only nl and en exist.
 */
final class PageLanguage {

    private PageLanguage() {
    }

    static String choose(String explicit, List<Locale> acceptable) {
        if ("en".equals(explicit) || "nl".equals(explicit)) {
            return explicit;
        }
        for (Locale locale : acceptable) {
            if ("en".equals(locale.getLanguage()) || "nl".equals(locale.getLanguage())) {
                return locale.getLanguage();
            }
        }
        return "nl";
    }
}
