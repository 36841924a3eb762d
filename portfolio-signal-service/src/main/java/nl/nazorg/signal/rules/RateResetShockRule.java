package nl.nazorg.signal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.nazorg.signal.model.ClientSnapshot;
import nl.nazorg.signal.model.LoanPart;
import nl.nazorg.signal.model.Mortgage;
import nl.nazorg.signal.model.Portfolio;
import nl.nazorg.signal.model.RateOffer;
import nl.nazorg.signal.mortgage.MonthlyPayment;
import nl.nazorg.signal.mortgage.MonthlySaving;
import nl.nazorg.signal.mortgage.RiskClass;

/**
 * RATE_RESET_SHOCK (renteschok): a loan part's fixed-rate period ends within 12 months and renewing at
 * today's rate would raise the gross monthly payment by at least € 100 (same principal and remaining months).
 * Today's renewal rate is the own lender's rate for the same period length in the current risk class; when
 * that lender publishes no table, the best market rate stands in (so a warning is never overstated).
 */
public final class RateResetShockRule implements SignalRule {

    public static final int RULE_VERSION = 1;

    @Override
    public SignalType type() {
        return SignalType.RATE_RESET_SHOCK;
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
        LocalDate today = context.today();
        LocalDate horizon = today.plusMonths(context.settings().rateResetShockMonths());
        for (Mortgage mortgage : portfolio.mortgages()) {
            List<LoanPart> ending = mortgage.loanParts().stream()
                    .filter(part -> !part.isRepaid() && part.fixedRateEndsBetween(today, horizon))
                    .toList();
            if (ending.isEmpty()) {
                continue;
            }
            Optional<RiskClass> riskClass = CurrentRiskClass.of(mortgage, portfolio, context.settings());
            if (riskClass.isEmpty()) {
                result = result.plus(RuleResult.noted(CurrentRiskClass.noValuation(type(), mortgage)));
                continue;
            }
            for (LoanPart part : ending) {
                result = result.plus(evaluate(mortgage, part, riskClass.get(), context));
            }
        }
        return result;
    }

    private RuleResult evaluate(Mortgage mortgage, LoanPart part, RiskClass riskClass, EvaluationContext context) {
        LocalDate today = context.today();
        int years = ComparablePeriod.years(part, today);
        boolean ownLender = context.marketRates().hasTableFor(mortgage.lender(), today);
        Optional<RateOffer> renewal = ownLender
                ? context.marketRates().lenderOffer(mortgage.lender(), years, riskClass, today)
                : context.marketRates().bestOffer(years, riskClass, context.settings().allowedLenders(), today);
        if (renewal.isEmpty()) {
            return RuleResult.noted(new EvaluationNote(type(), "loan part " + part.loanPartId(),
                    "no rate on offer for risk class " + riskClass + " to renew at"));
        }
        RateOffer offer = renewal.get();
        int n = mortgage.remainingTermMonths(today);
        BigDecimal increase = MonthlySaving.of(part.repaymentType(), part.outstandingPrincipal(),
                part.interestRatePercent(), offer.ratePercent(), n).negate();
        if (increase.compareTo(context.settings().rateResetShockIncrease()) < 0) {
            return RuleResult.none();
        }
        BigDecimal now = MonthlyPayment.of(part.repaymentType(), part.outstandingPrincipal(), part.interestRatePercent(), n);
        BigDecimal renewed = MonthlyPayment.of(part.repaymentType(), part.outstandingPrincipal(), offer.ratePercent(), n);
        LocalDate end = part.fixedRateEndDate();
        return RuleResult.of(SignalFinding.of(type(), RULE_VERSION)
                .key(mortgage.mortgageId(), part.loanPartId(), end)
                .figure("monthlyIncrease", increase)
                .figure("currentMonthlyPayment", now)
                .figure("renewalMonthlyPayment", renewed)
                .figure("currentRate", part.interestRatePercent())
                .figure("renewalRate", offer.ratePercent())
                .input("mortgageId", mortgage.mortgageId())
                .input("loanPartId", part.loanPartId())
                .input("repaymentType", part.repaymentType())
                .input("outstandingPrincipal", part.outstandingPrincipal())
                .input("remainingMonths", n)
                .input("fixedRateEndDate", end)
                .input("currentRiskClass", riskClass)
                .input("renewalRateSource", ownLender ? "LENDER" : "MARKET")
                .input("renewalLender", offer.lender())
                .input("renewalFixedRatePeriodYears", offer.fixedRatePeriodYears())
                .dueDate(end)
                .explanation(
                        "Op " + Wording.dateNl(end) + " eindigt de rentevaste periode van leningdeel "
                                + part.loanPartId() + ". Tegen de huidige rente van " + Wording.rateNl(offer.ratePercent())
                                + " (" + offer.fixedRatePeriodYears() + " jaar vast) stijgt de bruto maandlast met "
                                + Wording.euroNl(increase) + ", van " + Wording.euroNl(now) + " naar "
                                + Wording.euroNl(renewed) + ".",
                        "On " + Wording.dateEn(end) + " the fixed-rate period of loan part " + part.loanPartId()
                                + " ends. At today's rate of " + Wording.rateEn(offer.ratePercent()) + " ("
                                + offer.fixedRatePeriodYears() + "-year fixed) the gross monthly payment rises by "
                                + Wording.euroEn(increase) + ", from " + Wording.euroEn(now) + " to "
                                + Wording.euroEn(renewed) + ".")
                .build());
    }
}
