package nl.nazorg.campaign.template;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every signal type and standard survey ships in Dutch and English, and every one renders in the template language. */
class BuiltInTemplatesTest {

    @Test
    void everyKeyHasADutchAndAnEnglishTemplateThatRenders() {
        BuiltInTemplates templates = new BuiltInTemplates();
        for (String key : BuiltInTemplates.keys()) {
            for (String language : new String[] {"nl", "en"}) {
                TemplateContent content = templates.find(BuiltInTemplates.PREFIX + key, language).orElseThrow(
                        () -> new AssertionError(key + " has no " + language + " template"));
                String subject = TemplateLanguage.render(TemplateLanguage.parse(content.subject()), TemplateLanguageTest.sample());
                String body = TemplateLanguage.render(TemplateLanguage.parse(content.body()), TemplateLanguageTest.sample());
                assertThat(subject).as(key + " " + language).isNotBlank().doesNotContain("\n");
                assertThat(body).as(key + " " + language).startsWith("Beste Jan").contains("Firma");
            }
        }
    }
}
