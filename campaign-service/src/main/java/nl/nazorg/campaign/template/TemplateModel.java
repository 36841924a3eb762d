package nl.nazorg.campaign.template;

import java.util.Map;
import java.util.Set;

/**
 * The documented variables of an e-mail template (see {@link TemplateData}), the only names a template may use.
 * A name with members ({@code money.<figure>}) takes exactly one member; {@code firm} only its four fields.
 * Figures and inputs differ per signal type, so their member names are open.
 */
final class TemplateModel {

    /** Any member name is allowed. */
    private static final Set<String> OPEN = Set.of();

    private static final Map<String, Set<String>> WITH_MEMBERS = Map.of(
            "money", OPEN,
            "number", OPEN,
            "date", OPEN,
            "input", OPEN,
            "firm", Set.of("name", "website", "appointmentUrl", "phone"));

    private static final Set<String> PLAIN = Set.of(
            "greeting", "firstName", "fullName", "childName", "dueDate", "surveyUrl");

    private TemplateModel() {
    }

    /** Null when {@code names} (an expression's parts, in order) is a documented variable, else why not. */
    static String refusal(java.util.List<String> names) {
        String root = names.get(0);
        if (PLAIN.contains(root)) {
            return names.size() == 1 ? null : "'" + root + "' has no members";
        }
        Set<String> members = WITH_MEMBERS.get(root);
        if (members == null) {
            return "'" + root + "' is not a template variable";
        }
        if (names.size() != 2) {
            return "'" + root + "' takes exactly one member, as in " + root + ".name";
        }
        if (members != OPEN && !members.contains(names.get(1))) {
            return "'" + root + "." + names.get(1) + "' is not a template variable";
        }
        return null;
    }
}
