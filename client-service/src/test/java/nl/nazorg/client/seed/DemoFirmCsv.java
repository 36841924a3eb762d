package nl.nazorg.client.seed;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import nl.nazorg.client.csv.format.CsvColumns;

/**
 * Generates the demo firm's seed file, {@code src/main/resources/seed/demo-firm.csv}: 400 clients of "Hypotheekhuis
 * Demo". Deterministic, so the output is always the same file ({@link DemoFirmCsvTest} checks the committed one).
 * Real dates, spread so that every time-based situation occurs at any date from 2026 to 2035: birthdays on every day
 * of the year (29 February included), children turning 18 every 28 days, a fixed-rate period ending every month,
 * a mortgage term ending every few months, and missed payments (facts, so in the past) every 20 days from October 2025 to November 2026.
 * <p>
 * Run: {@code ./mvnw -pl client-service test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=nl.nazorg.client.seed.DemoFirmCsv}, or from the IDE.
 */
public final class DemoFirmCsv {

    public static final Path FILE = Path.of("src/main/resources/seed/demo-firm.csv");
    public static final int CLIENTS = 400;

    private static final String[] FIRST = {"Jan", "Maria", "Pieter", "Anna", "Kees", "Sanne", "Willem", "Fatima",
        "Mohamed", "Eva", "Daan", "Lotte", "Bram", "Noor", "Henk", "Ingrid", "Sven", "Yara", "Ruben", "Femke"};
    private static final String[] PREFIX = {"", "", "van", "de", "van der", "", "van den", "", "ter", ""};
    private static final String[] LAST = {"Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos",
        "Peters", "Hendriks", "Dekker", "Brouwer", "Berg", "Dijk", "Kok", "Wit", "Ouden", "Yilmaz", "El Amrani",
        "Boer"};
    private static final String[] CITY = {"Amsterdam", "Utrecht", "Rotterdam", "Den Haag", "Eindhoven", "Zwolle",
        "Groningen", "Haarlem", "Amersfoort", "Breda"};
    private static final String[] LENDER = {"ABN_AMRO", "ING", "RABOBANK", "ASN", "NN", "AEGON", "OBVION",
        "FLORIUS"};

    private DemoFirmCsv() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(FILE, generate(), StandardCharsets.UTF_8);
    }

    public static String generate() {
        StringBuilder csv = new StringBuilder(String.join(";", CsvColumns.all())).append("\r\n");
        int children = 0;
        int oldMortgages = 0;
        int arrears = 0;
        for (int i = 0; i < CLIENTS; i++) {
            Map<String, Object> v = new LinkedHashMap<>();
            LocalDate monthDay = LocalDate.of(2000, 1, 1).plusDays(i % 366);
            int year = monthDay.getMonthValue() == 2 && monthDay.getDayOfMonth() == 29 ? 1980 : 1950 + (i * 7) % 48;
            LocalDate born = LocalDate.of(year, monthDay.getMonth(), monthDay.getDayOfMonth());
            String last = LAST[i % LAST.length];
            String first = FIRST[(i * 3) % FIRST.length];
            v.put("external_reference", String.format("DEMO-%04d", i + 1));
            v.put("initials", first.charAt(0) + ".");
            v.put("first_name", first);
            v.put("last_name_prefix", PREFIX[i % PREFIX.length]);
            v.put("last_name", last);
            v.put("salutation", i % 3 == 0 ? "NEUTRAL" : (i % 2 == 0 ? "MR" : "MS"));
            v.put("date_of_birth", born);
            v.put("email", "demo.client" + (i + 1) + "@example.nl");
            v.put("phone", "+316" + String.format("%08d", 10_000_000 + i * 137));
            String city = CITY[i % CITY.length];
            v.put("street", "Dorpsstraat");
            v.put("house_number", 1 + i);
            v.put("postal_code", (1000 + (i * 37) % 8999) + " AB");
            v.put("city", city);
            v.put("preferred_channel", i % 11 == 0 ? "PHONE" : (i % 17 == 0 ? "LETTER" : "EMAIL"));
            v.put("language", i % 19 == 0 ? "en" : "nl");
            v.put("adviser", "adviser-" + (1 + i % 4));
            String tier = new String[] {"NONE", "BRONZE", "SILVER", "GOLD"}[i % 4];
            v.put("subscription_tier", tier);
            if (!tier.equals("NONE")) {
                v.put("subscription_start", LocalDate.of(2018 + i % 6, 1 + i % 12, 1));
                // Half reviewed long ago (review due), half recently.
                v.put("last_review", i % 2 == 0 ? LocalDate.of(2024, 1 + i % 12, 10) : LocalDate.of(2026, 1 + i % 10, 5));
            }
            v.put("minimum_monthly_saving", i % 5 == 0 ? "50.00" : "100.00");
            if (i % 7 == 0 && born.plusYears(65).isAfter(LocalDate.of(2026, 1, 1))) {
                v.put("planned_retirement_date", born.plusYears(63));
            }
            if (i % 3 != 2) {
                v.put("partner_first_name", FIRST[(i * 7 + 1) % FIRST.length]);
                v.put("partner_last_name", LAST[(i + 5) % LAST.length]);
                v.put("partner_date_of_birth", born.plusYears(2).plusDays(40));
            }
            if (year >= 1965 && i % 2 == 0 && children < 132) {
                v.put("child1_first_name", FIRST[(i + 9) % FIRST.length]);
                v.put("child1_date_of_birth", LocalDate.of(2008, 1, 1).plusDays(28L * children++));
            }
            v.put("consent_status", i % 6 == 0 ? "NOT_GIVEN" : (i % 6 == 1 ? "OPTED_IN" : "SOFT_OPT_IN"));
            if (i % 6 != 0) {
                v.put("consent_source", i % 6 == 1 ? "website-form" : "intake-form");
                v.put("consent_date", LocalDate.of(2019, 1 + i % 12, 1 + i % 28));
                if (i % 6 != 1) {
                    v.put("soft_opt_in_sale_date", LocalDate.of(2019, 1 + i % 12, 1 + i % 28));
                }
            }
            if (i % 9 == 4 && arrears < 21) {
                // Facts, so in the past: one every 20 days from October 2025 to November 2026.
                v.put("arrears_missed_date", LocalDate.of(2025, 10, 5).plusDays(20L * arrears++));
                v.put("arrears_amount", new BigDecimal(600 + i * 3).setScale(2));
                v.put("arrears_reported_by", LENDER[i % LENDER.length]);
            }
            boolean owner = i % 10 != 9;
            if (owner) {
                int oldIndex = i % 12 == 0 && oldMortgages < 32 ? oldMortgages++ : -1;
                portfolio(v, i, oldIndex);
            } else {
                insurance(v, 1, "TRAVEL", "ALLIANZ", null, "4.10", LocalDate.of(2022, 3, 1), null);
            }
            StringJoiner line = new StringJoiner(";");
            for (String column : CsvColumns.all()) {
                Object value = v.get(column);
                line.add(value == null ? "" : value.toString());
            }
            csv.append(line).append("\r\n");
        }
        return csv.toString();
    }

    private static void portfolio(Map<String, Object> v, int i, int oldIndex) {
        // Fixed-rate ends: one per month from January 2026 on, over ten years.
        LocalDate fixedEnd = LocalDate.of(2026, 1, 1).plusMonths(i % 120).plusDays(i % 27);
        int fixedYears = new int[] {5, 10, 10, 15, 20}[i % 5];
        LocalDate start = fixedEnd.minusYears(fixedYears);
        while (start.isAfter(LocalDate.of(2026, 6, 1))) {
            // No mortgage starts in the future: a later fixed-rate end means a longer period.
            fixedYears += 5;
            start = fixedEnd.minusYears(fixedYears);
        }
        if (oldIndex >= 0) {
            // Old mortgages (1996–2006) whose 30-year term ends within the next ten years, interest-only heavy.
            start = LocalDate.of(1996, 2, 1).plusMonths(oldIndex * 4L + 1);
            fixedEnd = start.plusYears(30);
            fixedYears = 30;
        }
        LocalDate termEnd = start.plusYears(30);
        BigDecimal original = BigDecimal.valueOf(180_000 + (i * 7919L) % 420_000).setScale(2);
        double years = Math.max(0, (LocalDate.of(2026, 11, 1).toEpochDay() - start.toEpochDay()) / 365.25);
        BigDecimal outstanding = original.multiply(BigDecimal.valueOf(Math.max(0.2, 1 - years / 30)))
                .setScale(2, RoundingMode.HALF_UP);
        // Rates by the era the period was fixed in: low 2015–2021, high from 2022.
        double rate = start.getYear() >= 2022 ? 4.2 + (i % 13) * 0.1 : start.getYear() >= 2015 ? 1.6 + (i % 9) * 0.1
                : 4.5 + (i % 7) * 0.2;
        BigDecimal market = original.multiply(BigDecimal.valueOf(i % 8 == 0 ? 2.1 : 1.15 + (i % 5) * 0.1))
                .setScale(-3, RoundingMode.HALF_UP).setScale(2);
        v.put("market_value", market);
        v.put("valuation_date", LocalDate.of(2025, 1 + i % 12, 1));
        v.put("woz_value", market.multiply(new BigDecimal("0.92")).setScale(-3, RoundingMode.HALF_UP).setScale(2));
        if (i % 25 == 3) {
            v.put("for_sale", "ja");
            v.put("for_sale_since", LocalDate.of(2026, 1 + i % 10, 1));
        } else {
            v.put("for_sale", "nee");
        }
        v.put("mortgage_lender", LENDER[i % LENDER.length]);
        v.put("mortgage_reference", "LN-" + (100000 + i));
        v.put("mortgage_start", start);
        v.put("mortgage_term_end", termEnd);
        v.put("mortgage_nhg", i % 4 == 0 ? "ja" : "nee");
        boolean interestOnly = oldIndex >= 0 || i % 6 == 0;
        BigDecimal firstShare = interestOnly ? new BigDecimal("0.45") : new BigDecimal("0.70");
        BigDecimal part1 = original.multiply(firstShare).setScale(2, RoundingMode.HALF_UP);
        part(v, 1, "ANNUITY", part1, outstanding.multiply(firstShare).setScale(2, RoundingMode.HALF_UP), rate,
                fixedYears, fixedEnd, i % 4 == 0 ? "NHG" : (i % 3 == 0 ? "LTV_100" : "LTV_90"));
        part(v, 2, interestOnly ? "INTEREST_ONLY" : "LINEAR", original.subtract(part1),
                interestOnly ? original.subtract(part1)
                        : outstanding.subtract(outstanding.multiply(firstShare).setScale(2, RoundingMode.HALF_UP)),
                rate + 0.2, fixedYears, fixedEnd, i % 4 == 0 ? "NHG" : "LTV_90");
        if (i % 12 != 5) {
            insurance(v, 1, "BUILDING", "CENTRAAL_BEHEER", null, "23.50", start, null);
        }
        insurance(v, 2, "TERM_LIFE", "NN", original.toPlainString(), "28.75", start, termEnd);
        if (i % 3 != 0) {
            insurance(v, 3, "CONTENTS", "INTERPOLIS", null, "12.40", start, null);
        }
        if (i % 4 != 1) {
            insurance(v, 4, "LIABILITY", "INTERPOLIS", null, "5.10", start, null);
        }
        if (i % 5 == 0) {
            insurance(v, 5, "TRAVEL", "ALLIANZ", null, "4.10", LocalDate.of(2022, 3, 1), null);
        }
    }

    private static void part(Map<String, Object> v, int n, String type, BigDecimal original, BigDecimal outstanding,
                             double rate, int years, LocalDate fixedEnd, String riskClass) {
        v.put(CsvColumns.part(n, "repayment_type"), type);
        v.put(CsvColumns.part(n, "original_principal"), original);
        v.put(CsvColumns.part(n, "outstanding_principal"), outstanding);
        v.put(CsvColumns.part(n, "interest_rate"), BigDecimal.valueOf(rate).setScale(3, RoundingMode.HALF_UP));
        v.put(CsvColumns.part(n, "fixed_rate_years"), years);
        v.put(CsvColumns.part(n, "fixed_rate_end"), fixedEnd);
        v.put(CsvColumns.part(n, "risk_class"), riskClass);
        v.put(CsvColumns.part(n, "fee_free_share"), "0.10");
    }

    private static void insurance(Map<String, Object> v, int n, String type, String insurer, String coverage,
                                  String premium, LocalDate start, LocalDate end) {
        v.put(CsvColumns.insurance(n, "type"), type);
        v.put(CsvColumns.insurance(n, "insurer"), insurer);
        v.put(CsvColumns.insurance(n, "policy_number"), "POL-" + type.charAt(0) + v.get("external_reference"));
        v.put(CsvColumns.insurance(n, "coverage"), coverage);
        v.put(CsvColumns.insurance(n, "monthly_premium"), premium);
        v.put(CsvColumns.insurance(n, "start"), start);
        v.put(CsvColumns.insurance(n, "end"), end);
    }

    /** The rows of the generated file, for the coverage checks. */
    static List<String> lines() {
        return generate().lines().toList();
    }
}
