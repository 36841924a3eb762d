package nl.nazorg.signal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.nazorg.signal.model.ClientSnapshot;
import nl.nazorg.signal.model.LoanPart;
import nl.nazorg.signal.model.Mortgage;
import nl.nazorg.signal.model.Portfolio;
import nl.nazorg.signal.model.RateOffer;
import nl.nazorg.signal.model.TenantSignalSettings;
import nl.nazorg.signal.mortgage.BreakEven;
import nl.nazorg.signal.mortgage.Euro;
import nl.nazorg.signal.mortgage.LoanToValue;
import nl.nazorg.signal.mortgage.RiskClass;

/**
 * REFINANCE_SAVING (oversluiten), per mortgage: over its loan parts that would get a lower rate, the
 * monthly payment at today's best market rate (lowest rate on offer for the part's fixed-rate period, or
 * the nearest offered length, in the client's CURRENT risk class, from the tenant's lenders) is MORE than
 * the client's minimum saving below today's payment, and the prepayment fee plus switching costs are
 * earned back within the shortest remaining fixed-rate period among those parts.
 */
public final class RefinanceSavingRule implements SignalRule {

    public static final int RULE_VERSION = 1;

    @Override
    public SignalType type() {
        return SignalType.REFINANCE_SAVING;
    }

    @Override
    public int ruleVersion() {
        return RULE_VERSION;
    }

    @Override
    public boolean readsMarketRates() {
        return true;
    }

    @Override
    public RuleResult evaluate(ClientSnapshot client, EvaluationContext context) {
        RuleResult result = RuleResult.none();
        if (client.knownPortfolio().isEmpty()) {
            return result;
        }
        Portfolio portfolio = client.portfolio();
        for (Mortgage mortgage : portfolio.mortgages()) {
            result = result.plus(evaluate(client, portfolio, mortgage, context));
        }
        return result;
    }

    private RuleResult evaluate(ClientSnapshot client, Portfolio portfolio, Mortgage mortgage, EvaluationContext context) {
        LocalDate today = context.today();
        TenantSignalSettings settings = context.settings();
        if (!mortgage.hasDebt()) {
            return RuleResult.none();
        }
        if (mortgage.remainingTermMonths(today) == 0) {
            return RuleResult.noted(note(mortgage, "the term has ended: MORTGAGE_TERM_ENDING applies, not a refinance"));
        }
        Optional<RiskClass> riskClass = CurrentRiskClass.of(mortgage, portfolio, settings);
        if (riskClass.isEmpty()) {
            return RuleResult.noted(CurrentRiskClass.noValuation(type(), mortgage));
        }
        List<LoanPartSwitch> switches = new ArrayList<>();
        boolean anyOffer = false;
        for (LoanPart part : mortgage.loanParts()) {
            if (part.isRepaid()) {
                continue;
            }
            Optional<RateOffer> offer = context.marketRates().bestOffer(ComparablePeriod.years(part, today),
                    riskClass.get(), settings.allowedLenders(), today);
            anyOffer |= offer.isPresent();
            offer.map(o -> LoanPartSwitch.of(mortgage, part, o, today))
                    .filter(LoanPartSwitch::lowersRate)
                    .ifPresent(switches::add);
        }
        if (!anyOffer) {
            return RuleResult.noted(note(mortgage, "no market rate on offer for risk class " + riskClass.get()));
        }
        if (switches.isEmpty()) {
            return RuleResult.none();
        }
        BigDecimal saving = Euro.cents(sum(switches, LoanPartSwitch::saving));
        BigDecimal minimum = client.profile().minimumMonthlySavingOr(settings.minimumMonthlySaving());
        if (saving.compareTo(minimum) <= 0) {
            return RuleResult.none();
        }
        BigDecimal fee = Euro.cents(sum(switches, LoanPartSwitch::prepaymentFee));
        int breakEven = BreakEven.months(fee, settings.switchingCosts(), saving).orElseThrow();
        int horizon = switches.stream().mapToInt(LoanPartSwitch::earnBackHorizonMonths).min().orElseThrow();
        if (breakEven > horizon) {
            return RuleResult.none();
        }
        return RuleResult.of(finding(portfolio, mortgage, riskClass.get(), switches, saving, minimum, fee,
                breakEven, horizon, settings));
    }

    private SignalFinding finding(Portfolio portfolio, Mortgage mortgage, RiskClass riskClass,
            List<LoanPartSwitch> switches, BigDecimal saving, BigDecimal minimum, BigDecimal fee, int breakEven,
            int horizon, TenantSignalSettings settings) {
        SignalFinding.Builder finding = SignalFinding.of(type(), RULE_VERSION)
                .key(mortgage.mortgageId())
                .figure("monthlySaving", saving)
                .figure("currentMonthlyPayment", Euro.cents(sum(switches, LoanPartSwitch::paymentNow)))
                .figure("newMonthlyPayment", Euro.cents(sum(switches, LoanPartSwitch::paymentAtNewRate)))
                .figure("prepaymentFee", fee)
                .figure("switchingCosts", settings.switchingCosts())
                .figure("breakEvenMonths", breakEven)
                .figure("earnBackHorizonMonths", horizon)
                .figure("minimumMonthlySaving", minimum)
                .input("mortgageId", mortgage.mortgageId())
                .input("lender", mortgage.lender())
                .input("nhg", mortgage.nhg())
                .input("currentRiskClass", riskClass)
                .input("loanToValuePercent", CurrentRiskClass.loanToValue(portfolio).map(LoanToValue::asPercent)
                        .map(BigDecimal::toPlainString).orElse(null))
                .input("marketValue", portfolio.marketValue().orElse(null))
                .input("valuationDate", portfolio.home().map(h -> h.valuationDate()).orElse(null))
                .input("allowedLenders", settings.allowedLenders().isEmpty() ? "ALL"
                        : String.join(",", settings.allowedLenders().stream().sorted().toList()));
        for (LoanPartSwitch s : switches) {
            String p = "part." + s.part().loanPartId() + ".";
            finding.figure(p + "currentRate", s.part().interestRatePercent())
                    .figure(p + "newRate", s.offer().ratePercent())
                    .figure(p + "monthlySaving", Euro.cents(s.saving()))
                    .figure(p + "prepaymentFee", Euro.cents(s.prepaymentFee()))
                    .input(p + "repaymentType", s.part().repaymentType())
                    .input(p + "outstandingPrincipal", s.part().outstandingPrincipal())
                    .input(p + "originalPrincipal", s.part().originalPrincipal())
                    .input(p + "feeFreePrepaymentShare", s.part().feeFreePrepaymentShare())
                    .input(p + "fixedRateEndDate", s.part().fixedRateEndDate())
                    .input(p + "remainingMonths", s.remainingMonths())
                    .input(p + "remainingFixedRateMonths", s.remainingFixedRateMonths())
                    .input(p + "offerLender", s.offer().lender())
                    .input(p + "offerFixedRatePeriodYears", s.offer().fixedRatePeriodYears());
        }
        Explanation explanation = RefinanceExplanation.of(switches.stream().map(LoanPartSwitch::offer).toList(),
                saving, fee, settings.switchingCosts(), breakEven);
        return finding.explanation(explanation.dutch(), explanation.english()).build();
    }

    private static BigDecimal sum(List<LoanPartSwitch> switches, Function<LoanPartSwitch, BigDecimal> figure) {
        return switches.stream().map(figure).reduce(BigDecimal.ZERO, (a, b) -> a.add(b, Euro.MATH));
    }

    private EvaluationNote note(Mortgage mortgage, String reason) {
        return new EvaluationNote(type(), "mortgage " + mortgage.mortgageId(), reason);
    }
}
