package nl.nazorg.campaign.template;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ClientFormatTest {

    @Test
    void dutchAmountsNumbersAndDates() {
        ClientFormat nl = ClientFormat.of("nl");
        assertThat(nl.money(new BigDecimal("1234.56"))).isEqualTo("€ 1.234,56");
        assertThat(nl.money(new BigDecimal("-12.5"))).isEqualTo("€ -12,50");
        assertThat(nl.money(new BigDecimal("0.005"))).isEqualTo("€ 0,01");
        assertThat(nl.number(new BigDecimal("4.250"))).isEqualTo("4,25");
        assertThat(nl.number(new BigDecimal("1500"))).isEqualTo("1.500");
        assertThat(nl.date(LocalDate.of(2027, 3, 1))).isEqualTo("1 maart 2027");
    }

    @Test
    void englishAmountsAndDates() {
        ClientFormat en = ClientFormat.of("en");
        assertThat(en.money(new BigDecimal("1234.56"))).isEqualTo("€1,234.56");
        assertThat(en.date(LocalDate.of(2027, 3, 1))).isEqualTo("1 March 2027");
    }

    @Test
    void salutations() {
        assertThat(Salutations.greeting("nl", new TemplateData.Person("Jan", "J.", "de", "Vries", "MR"))).isEqualTo("Beste Jan,");
        assertThat(Salutations.greeting("nl", new TemplateData.Person(null, "J.", "de", "Vries", "MR"))).isEqualTo("Geachte heer De Vries,");
        assertThat(Salutations.greeting("nl", new TemplateData.Person(null, null, null, "Bakker", "MS"))).isEqualTo("Geachte mevrouw Bakker,");
        assertThat(Salutations.greeting("en", new TemplateData.Person(null, null, null, null, null))).isEqualTo("Dear client,");
        assertThat(Salutations.fullName(new TemplateData.Person("Jan", "J.", "de", "Vries", "MR"))).isEqualTo("Jan de Vries");
    }
}
