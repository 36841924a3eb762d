package nl.nazorg.signal.rules;

import java.time.LocalDate;
import nl.nazorg.signal.model.Birthdays;
import nl.nazorg.signal.model.ClientSnapshot;

/**
 * BIRTHDAY (verjaardag): the client has a birthday today. Someone born on 29 February celebrates on
 * 28 February in a year without one. One signal per year.
 */
public final class BirthdayRule implements SignalRule {

    public static final int RULE_VERSION = 1;

    @Override
    public SignalType type() {
        return SignalType.BIRTHDAY;
    }

    @Override
    public int ruleVersion() {
        return RULE_VERSION;
    }

    @Override
    public RuleResult evaluate(ClientSnapshot client, EvaluationContext context) {
        LocalDate born = client.profile().dateOfBirth();
        if (born == null) {
            return RuleResult.noted(new EvaluationNote(type(), "client", "no date of birth known"));
        }
        LocalDate today = context.today();
        if (!born.isBefore(today) || !Birthdays.birthdayIn(born, today.getYear()).equals(today)) {
            return RuleResult.none();
        }
        int age = Birthdays.ageOn(born, today);
        return RuleResult.of(SignalFinding.of(type(), RULE_VERSION)
                .key(today.getYear())
                .figure("age", age)
                .input("dateOfBirth", born)
                .dueDate(today)
                .explanation("De klant wordt vandaag " + age + " jaar.", "The client turns " + age + " today.")
                .build());
    }
}
