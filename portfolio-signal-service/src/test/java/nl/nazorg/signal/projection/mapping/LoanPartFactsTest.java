package nl.nazorg.signal.projection.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nl.nazorg.signal.model.ClientProfile;
import nl.nazorg.signal.model.ClientSnapshot;
import nl.nazorg.signal.model.Insurance;
import nl.nazorg.signal.model.InsuranceType;
import nl.nazorg.signal.model.LoanPart;
import nl.nazorg.signal.model.MarketRate;
import nl.nazorg.signal.model.MarketRateTable;
import nl.nazorg.signal.model.MarketRates;
import nl.nazorg.signal.model.Mortgage;
import nl.nazorg.signal.model.Portfolio;
import nl.nazorg.signal.model.Property;
import nl.nazorg.signal.model.TenantSignalSettings;
import nl.nazorg.signal.mortgage.RepaymentType;
import nl.nazorg.signal.mortgage.RiskClass;
import nl.nazorg.signal.projection.repository.LoanPartRow;
import nl.nazorg.signal.rules.EvaluationContext;
import nl.nazorg.signal.rules.SignalRules;

/**
 * The loan-part read model loses nothing the rules that read market rates read: on thousands of random clients
 * (several mortgages and parts, repaid parts, every repayment type, NHG or not, with and without a valuation, fixed
 * periods ending from last year to twenty years ahead, variable rates, 0% and negative rates), those rules find
 * exactly the same on the snapshot rebuilt from the rows as on the whole client.
 */
class LoanPartFactsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final SignalRules RATE_RULES = SignalRules.standard().readingMarketRates();
    private static final List<String> LENDERS = List.of("ING", "RABO", "ABN", "OWNBANK");
    private static final int CLIENTS = 20_000;

    @Test
    void theRulesThatReadRatesFindTheSameOnTheRowsAsOnTheWholeClient() {
        Random random = new Random(16);
        int withFindings = 0;
        for (int i = 0; i < CLIENTS; i++) {
            String clientId = "c-" + i;
            Portfolio portfolio = portfolio(random, clientId);
            BigDecimal minimum = random.nextInt(3) == 0 ? null : new BigDecimal(random.nextInt(300) + ".00");
            ClientProfile profile = new ClientProfile(LocalDate.of(1970, 5, 1), List.of(), null, minimum, null, null,
                    List.of());
            EvaluationContext context = new EvaluationContext(TODAY, TenantSignalSettings.defaults(), rates(random));

            Object whole = verdict(new ClientSnapshot(clientId, profile, portfolio, null), context);
            List<LoanPartRow> rows = LoanPartFacts.rows("firm-a", clientId, portfolio);
            Object fromRows = verdict(LoanPartFacts.snapshot(clientId, minimum, rows), context);

            assertThat(fromRows).as("verdict on client %d", i).isEqualTo(whole);
            withFindings += whole instanceof List<?> findings && !findings.isEmpty() ? 1 : 0;
        }
        assertThat(withFindings).as("clients with a finding (the comparison must see findings)")
                .isGreaterThan(CLIENTS / 10);
    }

    /** The findings, or the refusal (a lowered rate below -1% is refused alike on both). */
    private static Object verdict(ClientSnapshot client, EvaluationContext context) {
        try {
            return RATE_RULES.evaluate(client, context).findings();
        } catch (IllegalArgumentException refused) {
            return refused.getMessage();
        }
    }

    @Test
    void onlyLoanPartsWithDebtAreKeptInPortfolioOrder() {
        LoanPart repaid = part("p-1", "0.00", "4.100", null);
        LoanPart owed = part("p-2", "90000.00", "3.900", TODAY.plusYears(3));
        Portfolio portfolio = new Portfolio(new Property(new BigDecimal("400000"), TODAY, false, null), List.of(
                new Mortgage("m-1", "ING", TODAY.minusYears(5), TODAY.plusYears(25), false, List.of(repaid, owed)),
                new Mortgage("m-2", "RABO", TODAY.minusYears(2), TODAY.plusYears(28), true,
                        List.of(part("p-3", "50000.00", "3.500", null)))), List.of());

        List<LoanPartRow> rows = LoanPartFacts.rows("firm-a", "c-1", portfolio);

        assertThat(rows).extracting(row -> row.position + ":" + row.mortgageId + ":" + row.loanPartId)
                .containsExactly("0:m-1:p-2", "1:m-2:p-3");
        assertThat(LoanPartFacts.snapshot("c-1", null, rows).portfolio().mortgages())
                .extracting(Mortgage::mortgageId).containsExactly("m-1", "m-2");
    }

    private static Portfolio portfolio(Random random, String clientId) {
        List<Mortgage> mortgages = new ArrayList<>();
        int mortgageCount = 1 + random.nextInt(2);
        for (int m = 0; m < mortgageCount; m++) {
            List<LoanPart> parts = new ArrayList<>();
            int partCount = 1 + random.nextInt(3);
            for (int p = 0; p < partCount; p++) {
                parts.add(randomPart(random, clientId + "-" + m + "-" + p));
            }
            mortgages.add(new Mortgage(clientId + "-m" + m, LENDERS.get(random.nextInt(LENDERS.size())),
                    TODAY.minusMonths(random.nextInt(240)), TODAY.plusMonths(random.nextInt(400) - 10),
                    random.nextBoolean(), parts));
        }
        Property home = switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> new Property(null, null, false, null);
            default -> new Property(new BigDecimal(150_000 + random.nextInt(600_000)),
                    TODAY.minusDays(random.nextInt(2000)), random.nextBoolean(), null);
        };
        return new Portfolio(home, mortgages, List.of(new Insurance("i-" + clientId, InsuranceType.BUILDING,
                "Insurer", null, new BigDecimal("12.00"), null)));
    }

    private static LoanPart randomPart(Random random, String id) {
        RepaymentType type = RepaymentType.values()[random.nextInt(RepaymentType.values().length)];
        BigDecimal original = new BigDecimal(50_000 + random.nextInt(400_000) + ".00");
        BigDecimal outstanding = random.nextInt(8) == 0 ? new BigDecimal("0.00")
                : original.multiply(new BigDecimal(random.nextInt(101))).movePointLeft(2).setScale(2);
        String rate = switch (random.nextInt(10)) {
            case 0 -> "0.000";
            case 1 -> "-0.250";
            default -> new BigDecimal(random.nextInt(6000)).movePointLeft(3).toPlainString();
        };
        LocalDate fixedEnd = random.nextInt(4) == 0 ? null : TODAY.plusMonths(random.nextInt(252) - 12);
        RiskClass pricedOn = RiskClass.values()[random.nextInt(RiskClass.values().length)];
        BigDecimal feeFree = random.nextBoolean() ? null : new BigDecimal("0.15");
        Integer years = random.nextBoolean() ? null : 1 + random.nextInt(30);
        return new LoanPart(id, type, original, outstanding, new BigDecimal(rate), fixedEnd, pricedOn, feeFree, years);
    }

    private static LoanPart part(String id, String outstanding, String rate, LocalDate fixedEnd) {
        return new LoanPart(id, RepaymentType.ANNUITY, new BigDecimal("100000.00"), new BigDecimal(outstanding),
                new BigDecimal(rate), fixedEnd, RiskClass.LTV_80, null, 10);
    }

    private static MarketRates rates(Random random) {
        List<MarketRateTable> tables = new ArrayList<>();
        for (String lender : LENDERS) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            List<MarketRate> rates = new ArrayList<>();
            for (int years : new int[] {1, 5, 10, 20, 30}) {
                for (RiskClass riskClass : RiskClass.values()) {
                    if (random.nextInt(3) > 0) {
                        rates.add(new MarketRate(years, riskClass,
                                new BigDecimal(500 + random.nextInt(4500)).movePointLeft(3)));
                    }
                }
            }
            if (!rates.isEmpty()) {
                tables.add(new MarketRateTable(lender, TODAY.minusDays(random.nextInt(60)), rates));
            }
        }
        return new MarketRates(tables);
    }
}
