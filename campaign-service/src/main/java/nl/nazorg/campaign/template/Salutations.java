package nl.nazorg.campaign.template;

/** How an e-mail addresses the client: by first name when known (the tone of a personal adviser), else formally. */
public final class Salutations {

    private Salutations() {
    }

    public static String greeting(String language, TemplateData.Person person) {
        boolean english = "en".equals(language);
        if (present(person.firstName())) {
            return (english ? "Dear " : "Beste ") + person.firstName().trim() + ",";
        }
        String surname = surname(person, !english);
        if (surname.isEmpty()) {
            return english ? "Dear client," : "Beste klant,";
        }
        return switch (person.salutation() == null ? "NEUTRAL" : person.salutation()) {
            case "MR" -> (english ? "Dear Mr " : "Geachte heer ") + surname + ",";
            case "MS" -> (english ? "Dear Ms " : "Geachte mevrouw ") + surname + ",";
            default -> (english ? "Dear " : "Geachte ") + initialsAnd(person, surname) + ",";
        };
    }

    /** "Jan de Vries". */
    public static String fullName(TemplateData.Person person) {
        StringBuilder name = new StringBuilder();
        append(name, present(person.firstName()) ? person.firstName() : person.initials());
        append(name, person.lastNamePrefix());
        append(name, person.lastName());
        return name.toString();
    }

    /** Dutch: a tussenvoegsel is capitalised when the surname stands without a first name ("heer De Vries"). */
    private static String surname(TemplateData.Person person, boolean dutch) {
        if (!present(person.lastName())) {
            return "";
        }
        if (!present(person.lastNamePrefix())) {
            return person.lastName().trim();
        }
        String prefix = person.lastNamePrefix().trim();
        if (dutch) {
            prefix = Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1);
        }
        return prefix + " " + person.lastName().trim();
    }

    private static String initialsAnd(TemplateData.Person person, String surname) {
        return present(person.initials()) ? person.initials().trim() + " " + surname : surname;
    }

    private static void append(StringBuilder name, String part) {
        if (present(part)) {
            if (!name.isEmpty()) {
                name.append(' ');
            }
            name.append(part.trim());
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
