package nl.nazorg.campaign.template;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ValueResolvers;
import org.junit.jupiter.api.Test;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every signal type and standard survey ships in Dutch and English, and every one renders. */
class BuiltInTemplatesTest {

    private final Engine engine = Engine.builder().addDefaults().addValueResolver(ValueResolvers.mapResolver())
            .strictRendering(true).build();

    @Test
    void everyKeyHasADutchAndAnEnglishTemplateThatRenders() {
        BuiltInTemplates templates = new BuiltInTemplates();
        for (String key : BuiltInTemplates.keys()) {
            for (String language : new String[] {"nl", "en"}) {
                TemplateContent content = templates.find(BuiltInTemplates.PREFIX + key, language).orElseThrow(
                        () -> new AssertionError(key + " has no " + language + " template"));
                String subject = engine.parse(content.subject()).render(sample());
                String body = engine.parse(content.body()).render(sample());
                assertThat(subject).as(key + " " + language).isNotBlank().doesNotContain("\n");
                assertThat(body).as(key + " " + language).startsWith("sample-greeting").contains("sample-firm");
            }
        }
    }

    private static Map<String, Object> sample() {
        Map<String, Object> data = new HashMap<>();
        data.put("greeting", "sample-greeting");
        data.put("firstName", "Jan");
        data.put("fullName", "Jan de Vries");
        data.put("childName", "Sanne");
        data.put("dueDate", "1 maart 2027");
        data.put("surveyUrl", "https://example.nl/s/x");
        data.put("money", new AnyName("€ 1,00"));
        data.put("number", new AnyName("1"));
        data.put("date", new AnyName("1 maart 2027"));
        data.put("input", new AnyName("x"));
        data.put("firm", Map.of("name", "sample-firm", "website", "https://example.nl", "appointmentUrl", "https://example.nl/a",
                "phone", "020"));
        return data;
    }

    private static final class AnyName extends AbstractMap<String, String> {
        private final String value;

        AnyName(String value) {
            this.value = value;
        }

        @Override
        public String get(Object key) {
            return value;
        }

        @Override
        public boolean containsKey(Object key) {
            return true;
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return Set.of();
        }
    }
}
