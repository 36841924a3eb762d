package nl.nazorg.signal.rules;

import java.time.LocalDate;
import java.util.Optional;
import nl.nazorg.signal.model.ClientSnapshot;
import nl.nazorg.signal.mortgage.RemainingMonths;

/**
 * RETIREMENT_APPROACHING (pensioen nadert): the client reaches the planned retirement date (or else the
 * estimated AOW date) within 5 years, and again within 1 year. The two are distinct situations with
 * distinct keys ({@code :FIRST_NOTICE}, {@code :FINAL_NOTICE}); only the nearer one is returned, so the first
 * resolves when the final one is raised. Both boundaries are inclusive; a date already passed raises nothing.
 */
public final class RetirementApproachingRule implements SignalRule {

    public static final int RULE_VERSION = 1;

    @Override
    public SignalType type() {
        return SignalType.RETIREMENT_APPROACHING;
    }

    @Override
    public int ruleVersion() {
        return RULE_VERSION;
    }

    @Override
    public RuleResult evaluate(ClientSnapshot client, EvaluationContext context) {
        Optional<LocalDate> retirement = client.profile().retirementDate();
        if (retirement.isEmpty()) {
            return RuleResult.noted(new EvaluationNote(type(), "client", "no date of birth or retirement date known"));
        }
        LocalDate today = context.today();
        LocalDate date = retirement.get();
        int finalYears = context.settings().retirementFinalNoticeYears();
        int firstYears = context.settings().retirementFirstNoticeYears();
        if (date.isBefore(today) || date.isAfter(today.plusYears(firstYears))) {
            return RuleResult.none();
        }
        boolean finalNotice = !date.isAfter(today.plusYears(finalYears));
        int years = finalNotice ? finalYears : firstYears;
        String source = client.profile().hasPlannedRetirement() ? "PLANNED" : "AOW_ESTIMATE";
        String whatNl = client.profile().hasPlannedRetirement() ? "De geplande pensioendatum" : "De AOW-datum (geschat)";
        String whatEn = client.profile().hasPlannedRetirement() ? "The planned retirement date" : "The state-pension (AOW) date (estimated)";
        return RuleResult.of(SignalFinding.of(type(), RULE_VERSION)
                .key(finalNotice ? "FINAL_NOTICE" : "FIRST_NOTICE")
                .figure("monthsUntilRetirement", RemainingMonths.until(today, date))
                .figure("noticeYears", years)
                .input("retirementDate", date)
                .input("retirementDateSource", source)
                .dueDate(date)
                .explanation(
                        whatNl + " is " + Wording.dateNl(date) + ", binnen " + years + " jaar. Tijd om inkomen en"
                                + " woonlasten na pensionering door te rekenen.",
                        whatEn + " is " + Wording.dateEn(date) + ", within " + years + (years == 1 ? " year" : " years")
                                + ". Time to review income and housing costs after retirement.")
                .build());
    }
}
