package nl.nazorg.campaign.template;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.nazorg.campaign.config.CampaignConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a template may use, all as strings already formatted for the client's language:
 * {@code greeting}, {@code firstName}, {@code fullName}, {@code childName}, {@code money.<figure>},
 * {@code number.<figure>}, {@code date.<input>}, {@code input.<input>}, {@code dueDate}, {@code surveyUrl},
 * {@code firm.name|website|appointmentUrl|phone}.
 */
public final class TemplateData {

    private static final TypeReference<Map<String, BigDecimal>> FIGURES = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() { };

    /** The person as the e-mail addresses them. */
    public record Person(String firstName, String initials, String lastNamePrefix, String lastName, String salutation) {
    }

    private TemplateData() {
    }

    public static Map<String, Object> of(ObjectMapper json, String language, Person person, String figuresJson,
                                         String inputsJson, LocalDate dueDate, String childrenJson,
                                         CampaignConfig.Sender firm, String surveyUrl) {
        ClientFormat format = ClientFormat.of(language);
        Map<String, BigDecimal> figures = read(json, figuresJson, FIGURES);
        Map<String, String> inputs = read(json, inputsJson, STRINGS);
        Map<String, String> money = new HashMap<>();
        Map<String, String> number = new HashMap<>();
        figures.forEach((name, value) -> {
            if (value != null) {
                money.put(name, format.money(value));
                number.put(name, format.number(value));
            }
        });
        Map<String, String> dates = new HashMap<>();
        inputs.forEach((name, value) -> {
            try {
                dates.put(name, format.date(LocalDate.parse(value)));
            } catch (DateTimeParseException | NullPointerException e) {
                // not a date: only under input.<name>
            }
        });
        Map<String, Object> data = new HashMap<>();
        data.put("greeting", Salutations.greeting(language, person));
        data.put("firstName", nonNull(person.firstName()));
        data.put("fullName", Salutations.fullName(person));
        data.put("money", money);
        data.put("number", number);
        data.put("date", dates);
        data.put("input", inputs.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll));
        data.put("dueDate", dueDate == null ? "" : format.date(dueDate));
        Map<String, String> children = read(json, childrenJson, STRINGS);
        String childId = inputs.get("childId");
        data.put("childName", childId != null && children.containsKey(childId) ? children.get(childId)
                : ("en".equals(language) ? "your child" : "uw kind"));
        data.put("surveyUrl", surveyUrl == null ? "" : surveyUrl);
        data.put("firm", Map.of("name", firm.name(), "website", firm.website(),
                "appointmentUrl", firm.appointmentUrl(), "phone", firm.phone()));
        return data;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static <T> Map<String, T> read(ObjectMapper json, String text, TypeReference<Map<String, T>> type) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, T> map = json.readValue(text, type);
            return map == null ? Map.of() : map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
