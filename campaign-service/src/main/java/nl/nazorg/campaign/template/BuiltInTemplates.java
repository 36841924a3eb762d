package nl.nazorg.campaign.template;

import jakarta.enterprise.context.ApplicationScoped;
import nl.nazorg.events.signal.SignalType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The templates shipped with the service, one per signal type and standard survey, in Dutch and English, read from
 * {@code mail-templates/<language>/<KEY>.txt}: a first line {@code Subject: ...}, a blank line, then the body.
 * Their ids are {@code builtin:<KEY>}, usable by every firm.
 */
@ApplicationScoped
public class BuiltInTemplates {

    public static final String PREFIX = "builtin:";
    public static final List<String> SURVEYS = List.of("SURVEY_ANNUAL_SCAN", "SURVEY_MORTGAGE_SCAN", "SURVEY_SATISFACTION");

    private final Map<String, Optional<TemplateContent>> cache = new ConcurrentHashMap<>();

    public static String idFor(SignalType type) {
        return PREFIX + type.name();
    }

    public static boolean isBuiltIn(String templateId) {
        return templateId != null && templateId.startsWith(PREFIX);
    }

    /** Every shipped key: the signal types (UNKNOWN excluded) and the standard surveys. */
    public static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (SignalType type : SignalType.values()) {
            if (type != SignalType.UNKNOWN) {
                keys.add(type.name());
            }
        }
        keys.addAll(SURVEYS);
        return keys;
    }

    public Optional<TemplateContent> find(String templateId, String language) {
        if (!isBuiltIn(templateId)) {
            return Optional.empty();
        }
        String key = templateId.substring(PREFIX.length());
        if (!key.matches("[A-Z0-9_]+")) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(language + "/" + key, path -> load(templateId, language, path));
    }

    private static Optional<TemplateContent> load(String templateId, String language, String path) {
        try (InputStream in = BuiltInTemplates.class.getClassLoader().getResourceAsStream("mail-templates/" + path + ".txt")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(parse(templateId, language, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TemplateContent parse(String templateId, String language, String file) {
        String normalized = file.replace("\r\n", "\n");
        int end = normalized.indexOf('\n');
        String first = normalized.substring(0, end);
        if (!first.startsWith("Subject: ")) {
            throw new IllegalStateException(templateId + " (" + language + ") does not start with 'Subject: '");
        }
        return new TemplateContent(templateId, language, first.substring("Subject: ".length()).trim(),
                normalized.substring(end + 1).strip());
    }
}
