package nl.nazorg.signal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import nl.nazorg.signal.model.ClientSnapshot;
import nl.nazorg.signal.model.Insurance;
import nl.nazorg.signal.model.InsuranceType;
import nl.nazorg.signal.model.Portfolio;
import nl.nazorg.signal.mortgage.Euro;

/**
 * TERM_LIFE_OVERINSURED (ORV te hoog): per term life policy, the coverage exceeds the outstanding mortgage
 * debt by at least 20% of that debt, or the premium can drop by at least the client's minimum saving.
 * Each policy is compared with the whole debt, because each pays out on one life (partners often each
 * insure the full debt). The premium drop is estimated as proportional to the excess coverage:
 * premium × excess / coverage (a simplification: real premiums depend on age and health).
 */
public final class TermLifeOverinsuredRule implements SignalRule {

    public static final int RULE_VERSION = 1;

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Override
    public SignalType type() {
        return SignalType.TERM_LIFE_OVERINSURED;
    }

    @Override
    public int ruleVersion() {
        return RULE_VERSION;
    }

    @Override
    public RuleResult evaluate(ClientSnapshot client, EvaluationContext context) {
        if (client.knownPortfolio().isEmpty()) {
            return RuleResult.none();
        }
        Portfolio portfolio = client.portfolio();
        BigDecimal debt = portfolio.totalOutstanding();
        BigDecimal minimum = client.profile().minimumMonthlySavingOr(context.settings().minimumMonthlySaving());
        List<SignalFinding> findings = new ArrayList<>();
        for (Insurance policy : portfolio.activeInsurances(InsuranceType.TERM_LIFE, context.today())) {
            BigDecimal coverage = policy.coverage();
            if (coverage == null || coverage.signum() <= 0) {
                continue;
            }
            BigDecimal excess = coverage.subtract(debt);
            if (excess.signum() <= 0) {
                continue;
            }
            boolean excessTooHigh = excess.compareTo(debt.multiply(context.settings().termLifeOverinsuredShare())) >= 0;
            BigDecimal premiumDrop = policy.monthlyPremium() == null ? null
                    : Euro.cents(policy.monthlyPremium().multiply(excess).divide(coverage, Euro.MATH));
            boolean premiumCanDrop = premiumDrop != null && premiumDrop.compareTo(minimum) >= 0;
            if (excessTooHigh || premiumCanDrop) {
                findings.add(finding(policy, debt, excess, premiumDrop));
            }
        }
        return RuleResult.of(findings);
    }

    private SignalFinding finding(Insurance policy, BigDecimal debt, BigDecimal excess, BigDecimal premiumDrop) {
        SignalFinding.Builder finding = SignalFinding.of(type(), RULE_VERSION)
                .key(policy.insuranceId())
                .figure("coverage", policy.coverage())
                .figure("outstandingDebt", debt)
                .figure("excessCoverage", excess);
        if (debt.signum() > 0) {
            finding.figure("excessPercent", excess.multiply(HUNDRED).divide(debt, 2, RoundingMode.HALF_UP));
        }
        if (policy.monthlyPremium() != null) {
            finding.figure("monthlyPremium", policy.monthlyPremium()).figure("estimatedPremiumDrop", premiumDrop);
        }
        String dropNl = premiumDrop == null ? "" : " De premie kan naar schatting " + Wording.euroNl(premiumDrop)
                + " per maand omlaag.";
        String dropEn = premiumDrop == null ? "" : " The premium could drop by an estimated "
                + Wording.euroEn(premiumDrop) + " a month.";
        return finding.input("insuranceId", policy.insuranceId())
                .input("insurer", policy.insurer())
                .explanation(
                        "De overlijdensrisicoverzekering dekt " + Wording.euroNl(policy.coverage())
                                + ", terwijl de hypotheekschuld nog " + Wording.euroNl(debt) + " is: "
                                + Wording.euroNl(excess) + " meer dan nodig." + dropNl,
                        "The term life insurance covers " + Wording.euroEn(policy.coverage())
                                + " while the mortgage debt is " + Wording.euroEn(debt) + ": "
                                + Wording.euroEn(excess) + " more than needed." + dropEn)
                .build();
    }
}
