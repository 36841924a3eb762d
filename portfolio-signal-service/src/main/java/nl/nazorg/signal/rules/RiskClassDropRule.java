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
import nl.nazorg.signal.mortgage.Euro;
import nl.nazorg.signal.mortgage.InterestRate;
import nl.nazorg.signal.mortgage.LoanToValue;
import nl.nazorg.signal.mortgage.MonthlySaving;
import nl.nazorg.signal.mortgage.RiskClass;

/**
 * RISK_CLASS_DROP (lagere risicoklasse, topafslag): the loan-to-value has fallen into a lower risk class than
 * the one a loan part's rate was priced on, so the lender can lower the rate. Per mortgage and new class: a
 * further drop is a new moment. When the own lender's table prices both classes, the figures include the
 * estimated monthly saving of lowering each part's rate by the lender's difference between the two classes.
 */
public final class RiskClassDropRule implements SignalRule {

    public static final int RULE_VERSION = 1;

    @Override
    public SignalType type() {
        return SignalType.RISK_CLASS_DROP;
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
            if (!mortgage.hasDebt()) {
                continue;
            }
            Optional<RiskClass> current = CurrentRiskClass.of(mortgage, portfolio, context.settings());
            if (current.isEmpty()) {
                result = result.plus(RuleResult.noted(CurrentRiskClass.noValuation(type(), mortgage)));
                continue;
            }
            List<LoanPart> overpriced = mortgage.loanParts().stream()
                    .filter(part -> !part.isRepaid() && current.get().isLowerThan(part.riskClass()))
                    .toList();
            if (!overpriced.isEmpty()) {
                result = result.plus(RuleResult.of(finding(portfolio, mortgage, current.get(), overpriced, context)));
            }
        }
        return result;
    }

    private SignalFinding finding(Portfolio portfolio, Mortgage mortgage, RiskClass current, List<LoanPart> parts,
            EvaluationContext context) {
        LocalDate today = context.today();
        Optional<BigDecimal> ltv = CurrentRiskClass.loanToValue(portfolio);
        RiskClass highestPriced = parts.stream().map(LoanPart::riskClass).max(Enum::compareTo).orElseThrow();
        SignalFinding.Builder finding = SignalFinding.of(type(), RULE_VERSION).key(mortgage.mortgageId(), current);
        ltv.ifPresent(ratio -> finding.figure("loanToValuePercent", LoanToValue.asPercent(ratio)));
        finding.figure("totalOutstanding", portfolio.totalOutstanding());
        portfolio.marketValue().ifPresent(value -> finding.figure("marketValue", value));
        BigDecimal saving = BigDecimal.ZERO;
        boolean priced = false;
        for (LoanPart part : parts) {
            int years = ComparablePeriod.years(part, today);
            Optional<RateOffer> atPriced = context.marketRates().lenderOffer(mortgage.lender(), years, part.riskClass(), today);
            Optional<RateOffer> atCurrent = context.marketRates().lenderOffer(mortgage.lender(), years, current, today);
            finding.input("part." + part.loanPartId() + ".pricedRiskClass", part.riskClass());
            if (atPriced.isPresent() && atCurrent.isPresent()
                    && atPriced.get().fixedRatePeriodYears() == atCurrent.get().fixedRatePeriodYears()) {
                BigDecimal discount = atPriced.get().ratePercent().subtract(atCurrent.get().ratePercent()).max(BigDecimal.ZERO);
                // A lender lowers a rate no further than the lowest rate there is (a part already near -1% keeps it).
                BigDecimal lowered = part.interestRatePercent().subtract(discount).max(InterestRate.MINIMUM_PERCENT);
                finding.figure("part." + part.loanPartId() + ".rateDiscount", discount);
                saving = saving.add(MonthlySaving.exact(part.repaymentType(), part.outstandingPrincipal(),
                        part.interestRatePercent(), lowered, mortgage.remainingTermMonths(today)), Euro.MATH);
                priced = true;
            }
        }
        if (priced) {
            finding.figure("estimatedMonthlySaving", Euro.cents(saving));
        }
        finding.input("mortgageId", mortgage.mortgageId())
                .input("lender", mortgage.lender())
                .input("currentRiskClass", current)
                .input("valuationDate", portfolio.home().map(h -> h.valuationDate()).orElse(null));
        String ltvNl = ltv.map(r -> "De verhouding tussen hypotheek en woningwaarde is gedaald naar "
                + Wording.rateNl(LoanToValue.asPercent(r)) + "; daarmee valt de hypotheek").orElse("De hypotheek valt");
        String ltvEn = ltv.map(r -> "The loan-to-value has fallen to " + Wording.rateEn(LoanToValue.asPercent(r))
                + "; the mortgage now falls").orElse("The mortgage now falls");
        String savingNl = priced ? " (geschat " + Wording.euroNl(Euro.cents(saving)) + " bruto per maand)" : "";
        String savingEn = priced ? " (an estimated " + Wording.euroEn(Euro.cents(saving)) + " gross a month)" : "";
        return finding.explanation(
                ltvNl + " in risicoklasse " + Wording.riskClass(current) + ", lager dan de klasse waarop de rente is"
                        + " gebaseerd (" + Wording.riskClass(highestPriced) + "). De geldverstrekker kan de rente verlagen"
                        + savingNl + ".",
                ltvEn + " in risk class " + Wording.riskClass(current) + ", lower than the class its rate was priced on ("
                        + Wording.riskClass(highestPriced) + "). The lender can lower the rate" + savingEn + ".")
                .build();
    }
}
