package nl.nazorg.signal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.nazorg.signal.model.ClientSnapshot;
import nl.nazorg.signal.model.LoanPart;
import nl.nazorg.signal.model.Mortgage;
import nl.nazorg.signal.model.Portfolio;
import nl.nazorg.signal.mortgage.LoanToValue;
import nl.nazorg.signal.mortgage.RepaymentType;

/**
 * INTEREST_ONLY_RISK (aflossingsvrij risico), per mortgage: interest-only principal would still be
 * outstanding at retirement (it is never repaid before the term end, so: the term ends after the retirement
 * date), or it exceeds 50% of the market value. When one test cannot be made (no retirement date, no
 * valuation) the other still can; a note says what could not be judged when nothing was raised.
 */
public final class InterestOnlyRiskRule implements SignalRule {

    public static final int RULE_VERSION = 1;

    @Override
    public SignalType type() {
        return SignalType.INTEREST_ONLY_RISK;
    }

    @Override
    public int ruleVersion() {
        return RULE_VERSION;
    }

    @Override
    public RuleResult evaluate(ClientSnapshot client, EvaluationContext context) {
        RuleResult result = RuleResult.none();
        if (client.knownPortfolio().isEmpty()) {
            return result;
        }
        Portfolio portfolio = client.portfolio();
        Optional<LocalDate> retirement = client.profile().retirementDate();
        Optional<BigDecimal> value = portfolio.marketValue();
        for (Mortgage mortgage : portfolio.mortgages()) {
            BigDecimal interestOnly = mortgage.loanParts().stream()
                    .filter(part -> part.repaymentType() == RepaymentType.INTEREST_ONLY)
                    .map(LoanPart::outstandingPrincipal)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (interestOnly.signum() == 0) {
                continue;
            }
            boolean atRetirement = retirement.map(date -> mortgage.termEndDate().isAfter(date)).orElse(false);
            Optional<BigDecimal> share = value.flatMap(v -> LoanToValue.of(interestOnly, v));
            boolean aboveShare = share.map(s -> s.compareTo(context.settings().interestOnlyMaxShareOfValue()) > 0)
                    .orElse(false);
            if (atRetirement || aboveShare) {
                result = result.plus(RuleResult.of(finding(client, mortgage, interestOnly, value, share,
                        atRetirement, aboveShare)));
            } else {
                result = result.plus(new RuleResult(List.of(), notes(mortgage, retirement, value)));
            }
        }
        return result;
    }

    private List<EvaluationNote> notes(Mortgage mortgage, Optional<LocalDate> retirement, Optional<BigDecimal> value) {
        List<EvaluationNote> notes = new ArrayList<>();
        String subject = "mortgage " + mortgage.mortgageId();
        if (retirement.isEmpty()) {
            notes.add(new EvaluationNote(type(), subject, "no date of birth or retirement date known"));
        }
        if (value.isEmpty()) {
            notes.add(new EvaluationNote(type(), subject, "no market value known"));
        }
        return notes;
    }

    private SignalFinding finding(ClientSnapshot client, Mortgage mortgage, BigDecimal interestOnly,
            Optional<BigDecimal> value, Optional<BigDecimal> share, boolean atRetirement, boolean aboveShare) {
        Optional<LocalDate> retirement = client.profile().retirementDate();
        SignalFinding.Builder finding = SignalFinding.of(type(), RULE_VERSION)
                .key(mortgage.mortgageId())
                .figure("interestOnlyPrincipal", interestOnly);
        value.ifPresent(v -> finding.figure("marketValue", v));
        share.ifPresent(s -> finding.figure("interestOnlyShareOfValuePercent", LoanToValue.asPercent(s)));
        finding.input("mortgageId", mortgage.mortgageId())
                .input("termEndDate", mortgage.termEndDate())
                .input("retirementDate", retirement.orElse(null))
                .input("retirementDateSource", client.profile().hasPlannedRetirement() ? "PLANNED" : "AOW_ESTIMATE")
                .input("outstandingAtRetirement", atRetirement)
                .input("aboveShareOfValue", aboveShare)
                .dueDate(atRetirement ? retirement.get() : null);
        String nl = "Er staat " + Wording.euroNl(interestOnly) + " aflossingsvrij geleend.";
        String en = Wording.euroEn(interestOnly) + " is borrowed interest-only.";
        if (atRetirement) {
            nl += " Dat bedrag staat bij pensionering op " + Wording.dateNl(retirement.get()) + " nog open.";
            en += " That amount will still be owed at retirement on " + Wording.dateEn(retirement.get()) + ".";
        }
        if (aboveShare) {
            nl += " Het is " + Wording.rateNl(LoanToValue.asPercent(share.get())) + " van de woningwaarde.";
            en += " It is " + Wording.rateEn(LoanToValue.asPercent(share.get())) + " of the home's value.";
        }
        return finding.explanation(nl, en).build();
    }
}
