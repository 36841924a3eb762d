package nl.nazorg.campaign.template;

import io.quarkus.qute.TemplateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Templates are data, not code: what the adviser's template language refuses, and what it still renders. */
class TemplateLanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "{config:['nazorg.campaign.link-secret']}",
            "{config:property('quarkus.datasource.password')}",
            "{config:quarkus.datasource.username}",
            "{inject:mailRenderer}",
            "{cdi:campaignConfig.linkSecret}",
            "{msg:hello}",
            "{global:anything}",
            "{data:firstName}",
            "{str:concat('a', 'b')}",
            "{time:format(dueDate, 'd MMM')}",
            "{#if config:foo}x{/if}",
    })
    void everyNamespaceIsRefused(String source) {
        assertThatThrownBy(() -> TemplateLanguage.parse("Hallo " + source))
                .isInstanceOf(TemplateException.class).hasMessageContaining("not");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{firstName.toUpperCase()}",
            "{firstName.getClass().getClassLoader()}",
            "{firm.get('name')}",
            "{firstName.length}",
            "{firstName ?: 'klant'}",
            "{firstName.or('klant')}",
            "{klantnaam}",
            "{firm.secret}",
            "{money}",
            "{this}",
    })
    void methodCallsAndUndocumentedNamesAreRefused(String source) {
        assertThatThrownBy(() -> TemplateLanguage.parse(source))
                .isInstanceOf(TemplateException.class).hasMessageContaining("is not");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{#for a in 100}{#for b in 100}{#for c in 1000}{/for}{/for}{/for}",
            "{#each 1000000}x{/each}",
            "{#include other /}",
            "{#eval firstName /}",
            "{#let x=firstName}{x}{/let}",
            "{#with firm}{name}{/with}",
            "{#when firstName}{#is 'a'}x{/when}",
    })
    void loopsAndEverySectionButIfAreRefused(String source) {
        assertThatThrownBy(() -> TemplateLanguage.parse(source)).isInstanceOf(TemplateException.class);
    }

    @Test
    void ifNestsOnlySoDeep() {
        String allowed = "{#if firstName}".repeat(TemplateLanguage.MAX_IF_DEPTH) + "x" + "{/if}".repeat(TemplateLanguage.MAX_IF_DEPTH);
        assertThat(TemplateLanguage.render(TemplateLanguage.parse(allowed), sample())).isEqualTo("x");
        String tooDeep = "{#if firstName}" + allowed + "{/if}";
        assertThatThrownBy(() -> TemplateLanguage.parse(tooDeep))
                .isInstanceOf(TemplateException.class).hasMessageContaining("nested");
    }

    @Test
    void theDocumentedVariablesRenderWithIfAndElse() {
        String source = "{greeting} {firstName}: {money.monthlySaving}, {number.breakEvenMonths}, {date.fixedRateEndDate}, "
                + "{input.lender}, {firm.name} {firm.phone}{#if surveyUrl} {surveyUrl}{#else} geen enquête{/if}";
        assertThat(TemplateLanguage.render(TemplateLanguage.parse(source), sample()))
                .isEqualTo("Beste Jan Jan: € 1,00, 1, 1 maart 2027, x, Firma 020 geen enquête");
    }

    @Test
    void aMissingValueIsAnErrorNotAGap() {
        Map<String, Object> data = sample();
        data.remove("childName");
        assertThatThrownBy(() -> TemplateLanguage.render(TemplateLanguage.parse("{childName}"), data))
                .isInstanceOf(TemplateException.class);
    }

    @Test
    void aMemberIsAKeyNeverAPropertyOfTheMap() {
        Map<String, Object> data = sample();
        data.put("money", Map.of("monthlySaving", "€ 150,00"));
        assertThat(TemplateLanguage.render(TemplateLanguage.parse("{money.monthlySaving}"), data)).isEqualTo("€ 150,00");
        assertThatThrownBy(() -> TemplateLanguage.render(TemplateLanguage.parse("{money.keys}{money.size}"), data))
                .isInstanceOf(TemplateException.class);
    }

    @Test
    void outputIsBounded() {
        Map<String, Object> data = sample();
        data.put("fullName", "x".repeat(10_000));
        String source = "{fullName}".repeat(TemplateLanguage.MAX_OUTPUT_CHARS / 10_000 + 1);
        assertThatThrownBy(() -> TemplateLanguage.render(TemplateLanguage.parse(source), data))
                .isInstanceOf(TemplateException.class).hasMessageContaining("longer than");
    }

    static Map<String, Object> sample() {
        Map<String, Object> data = new HashMap<>();
        data.put("greeting", "Beste Jan");
        data.put("firstName", "Jan");
        data.put("fullName", "Jan de Vries");
        data.put("childName", "Sanne");
        data.put("dueDate", "1 maart 2027");
        data.put("surveyUrl", "");
        data.put("money", new AnyName("€ 1,00"));
        data.put("number", new AnyName("1"));
        data.put("date", new AnyName("1 maart 2027"));
        data.put("input", new AnyName("x"));
        data.put("firm", Map.of("name", "Firma", "website", "https://example.nl", "appointmentUrl", "https://example.nl/a",
                "phone", "020"));
        return data;
    }
}
