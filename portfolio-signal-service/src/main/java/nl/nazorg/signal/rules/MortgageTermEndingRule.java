package nl.nazorg.signal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.nazorg.signal.model.ClientSnapshot;
import nl.nazorg.signal.model.Mortgage;

/**
 * MORTGAGE_TERM_ENDING (looptijd loopt af): the mortgage term ends within 12 months while debt is still
 * outstanding. A term that has already ended with debt outstanding keeps the signal open (overdue).
 */
public final class MortgageTermEndingRule implements SignalRule {

    public static final int RULE_VERSION = 1;

    @Override
    public SignalType type() {
        return SignalType.MORTGAGE_TERM_ENDING;
    }

    @Override
    public int ruleVersion() {
        return RULE_VERSION;
    }

    @Override
    public RuleResult evaluate(ClientSnapshot client, EvaluationContext context) {
        LocalDate today = context.today();
        LocalDate horizon = today.plusMonths(context.settings().mortgageTermEndingMonths());
        List<SignalFinding> findings = new ArrayList<>();
        client.knownPortfolio().ifPresent(portfolio -> {
            for (Mortgage mortgage : portfolio.mortgages()) {
                if (mortgage.hasDebt() && !mortgage.termEndDate().isAfter(horizon)) {
                    findings.add(finding(mortgage, today));
                }
            }
        });
        return RuleResult.of(findings);
    }

    private SignalFinding finding(Mortgage mortgage, LocalDate today) {
        LocalDate end = mortgage.termEndDate();
        boolean ended = end.isBefore(today);
        return SignalFinding.of(type(), RULE_VERSION)
                .key(mortgage.mortgageId(), end)
                .figure("outstandingPrincipal", mortgage.totalOutstanding())
                .figure("monthsUntilTermEnd", mortgage.remainingTermMonths(today))
                .input("mortgageId", mortgage.mortgageId())
                .input("lender", mortgage.lender())
                .input("termEndDate", end)
                .dueDate(end)
                .explanation(
                        "De looptijd van de hypotheek " + (ended ? "is geëindigd op " : "eindigt op ")
                                + Wording.dateNl(end) + ", terwijl er nog " + Wording.euroNl(mortgage.totalOutstanding())
                                + " openstaat.",
                        "The mortgage term " + (ended ? "ended on " : "ends on ") + Wording.dateEn(end)
                                + " while " + Wording.euroEn(mortgage.totalOutstanding()) + " is still outstanding.")
                .build();
    }
}
