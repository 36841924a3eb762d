package nl.nazorg.signal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.nazorg.signal.model.ClientSnapshot;
import nl.nazorg.signal.model.LoanPart;
import nl.nazorg.signal.model.Mortgage;

/**
 * FIXED_RATE_ENDING (rentevastperiode loopt af): a loan part's fixed-rate period ends within 6 months
 * (inclusive: ending exactly 6 months from today counts; ending today counts; ended does not).
 */
public final class FixedRateEndingRule implements SignalRule {

    public static final int RULE_VERSION = 1;

    @Override
    public SignalType type() {
        return SignalType.FIXED_RATE_ENDING;
    }

    @Override
    public int ruleVersion() {
        return RULE_VERSION;
    }

    @Override
    public RuleResult evaluate(ClientSnapshot client, EvaluationContext context) {
        LocalDate today = context.today();
        LocalDate horizon = today.plusMonths(context.settings().fixedRateEndingMonths());
        List<SignalFinding> findings = new ArrayList<>();
        client.knownPortfolio().ifPresent(portfolio -> {
            for (Mortgage mortgage : portfolio.mortgages()) {
                for (LoanPart part : mortgage.loanParts()) {
                    if (!part.isRepaid() && part.fixedRateEndsBetween(today, horizon)) {
                        findings.add(finding(mortgage, part, today));
                    }
                }
            }
        });
        return RuleResult.of(findings);
    }

    private SignalFinding finding(Mortgage mortgage, LoanPart part, LocalDate today) {
        LocalDate end = part.fixedRateEndDate();
        return SignalFinding.of(type(), RULE_VERSION)
                .key(mortgage.mortgageId(), part.loanPartId(), end)
                .figure("outstandingPrincipal", part.outstandingPrincipal())
                .figure("interestRate", part.interestRatePercent())
                .figure("monthsUntilFixedRateEnd", part.remainingFixedRateMonths(today))
                .input("mortgageId", mortgage.mortgageId())
                .input("loanPartId", part.loanPartId())
                .input("lender", mortgage.lender())
                .input("repaymentType", part.repaymentType())
                .input("fixedRateEndDate", end)
                .input("fixedRatePeriodYears", part.fixedRatePeriodYears())
                .dueDate(end)
                .explanation(
                        "De rentevaste periode van leningdeel " + part.loanPartId() + " ("
                                + Wording.euroNl(part.outstandingPrincipal()) + " tegen "
                                + Wording.rateNl(part.interestRatePercent()) + ") eindigt op " + Wording.dateNl(end)
                                + ". Het is tijd om een nieuwe rentevaste periode te kiezen.",
                        "The fixed-rate period of loan part " + part.loanPartId() + " ("
                                + Wording.euroEn(part.outstandingPrincipal()) + " at "
                                + Wording.rateEn(part.interestRatePercent()) + ") ends on " + Wording.dateEn(end)
                                + ". It is time to choose a new fixed-rate period.")
                .build();
    }
}
