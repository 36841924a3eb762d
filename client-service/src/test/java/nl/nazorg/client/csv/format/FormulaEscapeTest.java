package nl.nazorg.client.csv.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.nazorg.client.profile.domain.Client;
import nl.nazorg.client.profile.domain.ClientDocuments;
import nl.nazorg.client.profile.domain.PortfolioDocument;
import nl.nazorg.events.portfolio.LoanPart;
import nl.nazorg.events.portfolio.Mortgage;
import nl.nazorg.events.portfolio.RepaymentType;
import nl.nazorg.events.portfolio.RiskClass;

/** CSV injection: formula-like text is escaped on export and unescaped on import; typed cells are left alone. */
class FormulaEscapeTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\t=1+1", "\r=1+1",
            "+31612345678", "-", "'=1+1", "''@SUM(A1)"})
    void formulaLikeTextGetsAQuoteThatTheImportRemoves(String text) {
        String cell = FormulaEscape.escaped(text);

        assertThat(cell).isEqualTo("'" + text);
        assertThat(FormulaEscape.unescaped(cell)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jansen", "Jan-Peter", "jan@example.nl", "", "'", "'t Hoen", "1015 CJ", "O'Brien"})
    void ordinaryTextIsWrittenAndReadAsItIs(String text) {
        assertThat(FormulaEscape.escaped(text)).isEqualTo(text);
        assertThat(FormulaEscape.unescaped(text)).isEqualTo(text);
    }

    @Test
    void anExportedRowEscapesTextButNotNumbersAndImportsAsItWas() {
        Client client = new Client();
        client.externalReference = "@REL-1";
        client.firstName = "-Jan";
        client.lastName = "=HYPERLINK(\"http://evil.example\";\"klik\")";
        client.email = "+jan@example.nl";
        client.phone = "+31612345678";
        client.minimumMonthlySaving = new BigDecimal("150.00");
        LoanPart negativeRate = new LoanPart("m1-p1", RepaymentType.ANNUITY, new BigDecimal("200000.00"),
                new BigDecimal("180000.00"), new BigDecimal("-0.500"), 10, LocalDate.of(2030, 1, 1), RiskClass.LTV_90,
                null);
        Mortgage mortgage = new Mortgage("m1", "ING", null, LocalDate.of(2020, 1, 1), LocalDate.of(2050, 1, 1), false,
                List.of(negativeRate));
        ClientDocuments.portfolio(client, new PortfolioDocument(null, List.of(mortgage), List.of()));

        CsvTable table = CsvTable.parse(CsvRowWriter.header(';') + "\r\n" + CsvRowWriter.row(client, ';') + "\r\n");

        Map<String, String> raw = table.rows().get(0).values();
        assertThat(raw.get("external_reference")).isEqualTo("'@REL-1");
        assertThat(raw.get("first_name")).isEqualTo("'-Jan");
        assertThat(raw.get("last_name")).isEqualTo("'" + client.lastName);
        assertThat(raw.get("email")).isEqualTo("'+jan@example.nl");
        assertThat(raw.get("phone")).isEqualTo("'+31612345678");
        assertThat(raw.get("part1_interest_rate")).as("a negative rate is a number, not text").isEqualTo("-0.500");
        CsvCells cells = new CsvCells(table.rows().get(0));
        assertThat(cells.text("external_reference")).isEqualTo("@REL-1");
        assertThat(cells.text("first_name")).isEqualTo("-Jan");
        assertThat(cells.text("last_name")).isEqualTo(client.lastName);
        assertThat(cells.text("email")).isEqualTo("+jan@example.nl");
        assertThat(cells.phone("phone")).isEqualTo("+31612345678");
        assertThat(cells.decimal("part1_interest_rate")).isEqualByComparingTo("-0.500");
        assertThat(cells.decimal("minimum_monthly_saving")).isEqualByComparingTo("150.00");
        assertThat(cells.errors()).isEmpty();
    }
}
