package nl.nazorg.client.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import org.junit.jupiter.api.Test;

import nl.nazorg.client.csv.format.CsvCells;
import nl.nazorg.client.csv.format.CsvTable;

/**
 * The committed seed file is the generator's output, and at every checked date from 2026 to 2035 every time-based
 * situation of DESIGN.md §4 that the file can hold occurs for some client.
 */
class DemoFirmCsvTest {

    private static final List<CsvTable.Row> ROWS = CsvTable.parse(DemoFirmCsv.generate()).rows();

    @Test
    void theCommittedFileIsTheGeneratorsOutput() throws IOException {
        assertThat(Files.readString(DemoFirmCsv.FILE, StandardCharsets.UTF_8)).isEqualTo(DemoFirmCsv.generate());
        assertThat(ROWS).hasSize(DemoFirmCsv.CLIENTS);
    }

    @Test
    void someClientHasABirthdayOnEveryDayOfTheYear() {
        Set<MonthDay> birthdays = new HashSet<>();
        ROWS.forEach(row -> birthdays.add(MonthDay.from(LocalDate.parse(row.get("date_of_birth")))));
        assertThat(birthdays).hasSize(366);
    }

    @Test
    void timeBasedSituationsOccurAtEveryCheckedDateForTenYears() {
        for (LocalDate today = LocalDate.of(2026, 1, 1); today.isBefore(LocalDate.of(2036, 1, 1));
             today = today.plusDays(11)) {
            assertSome(today, "child turns 18 within 60 days", (row, d) -> date(row, "child1_date_of_birth") != null
                    && within(date(row, "child1_date_of_birth").plusYears(18), d, d.plusDays(60)));
            assertSome(today, "fixed-rate period ends within 6 months", (row, d) -> date(row, "part1_fixed_rate_end")
                    != null && within(date(row, "part1_fixed_rate_end"), d, d.plusMonths(6)));
            assertSome(today, "term ends within 12 months", (row, d) -> date(row, "mortgage_term_end") != null
                    && within(date(row, "mortgage_term_end"), d, d.plusMonths(12)));
            assertSome(today, "AOW within 5 years", (row, d) -> row.get("planned_retirement_date").isEmpty()
                    && within(date(row, "date_of_birth").plusYears(67), d, d.plusYears(5)));
        }
    }

    @Test
    void aRecentMissedPaymentOccursThroughTheDemoPeriod() {
        // Arrears are facts reported as they happen, so the seed can only hold past ones (until November 2026).
        for (LocalDate today = LocalDate.of(2026, 1, 1); today.isBefore(LocalDate.of(2027, 2, 1));
             today = today.plusDays(5)) {
            assertSome(today, "missed payment in the last 3 months", (row, d) -> date(row, "arrears_missed_date")
                    != null && within(date(row, "arrears_missed_date"), d.minusMonths(3), d));
        }
    }

    @Test
    void staticSituationsOccur() {
        assertThat(ROWS).anyMatch(row -> row.get("for_sale").equals("ja"));
        assertThat(ROWS).anyMatch(row -> !row.get("mortgage_lender").isEmpty() && !row.values().containsValue("BUILDING"));
        assertThat(ROWS).anyMatch(row -> !row.values().containsValue("CONTENTS"));
        assertThat(ROWS).anyMatch(row -> !row.values().containsValue("TRAVEL"));
        assertThat(ROWS).anyMatch(row -> !row.values().containsValue("LIABILITY"));
        assertThat(ROWS).anyMatch(row -> row.get("part2_repayment_type").equals("INTEREST_ONLY"));
        assertThat(ROWS).anyMatch(row -> row.get("part1_risk_class").equals("LTV_100"));
        assertThat(ROWS).anyMatch(row -> row.get("partner_last_name").isEmpty());
        assertThat(ROWS).allMatch(row -> new CsvCells(row).errors().isEmpty());
    }

    private static void assertSome(LocalDate today, String situation, BiPredicate<CsvTable.Row, LocalDate> holds) {
        assertThat(ROWS.stream().anyMatch(row -> holds.test(row, today))).as("%s on %s", situation, today).isTrue();
    }

    private static LocalDate date(CsvTable.Row row, String column) {
        String value = row.get(column);
        return value == null || value.isEmpty() ? null : LocalDate.parse(value);
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
