package nl.nazorg.signal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.nazorg.signal.model.Birthdays;
import nl.nazorg.signal.model.Child;
import nl.nazorg.signal.model.ClientSnapshot;

/**
 * CHILD_TURNS_18 (kind wordt 18): a child in the household turns 18 within 60 days (the birthday itself
 * counts; a child born on 29 February turns 18 on 28 February in a year without one). The deduplication key
 * is {@code CHILD_TURNS_18:<childId>} when the contract gave the child an id; otherwise it holds the child's date
 * of birth and, for twins, the place among the children born that day (by first name), never the name itself: signals travel on a partner-facing topic, and a hash of a first name is easily reversed.
 */
public final class ChildTurns18Rule implements SignalRule {

    public static final int RULE_VERSION = 1;

    @Override
    public SignalType type() {
        return SignalType.CHILD_TURNS_18;
    }

    @Override
    public int ruleVersion() {
        return RULE_VERSION;
    }

    @Override
    public RuleResult evaluate(ClientSnapshot client, EvaluationContext context) {
        LocalDate today = context.today();
        int age = context.settings().childAdultAge();
        LocalDate last = today.plusDays(context.settings().childTurningAdultDays());
        List<SignalFinding> findings = new ArrayList<>();
        for (Child child : client.profile().children()) {
            LocalDate adultOn = Birthdays.dateOfAge(child.dateOfBirth(), age);
            if (!adultOn.isBefore(today) && !adultOn.isAfter(last)) {
                findings.add(finding(child, birthOrder(client.profile().children(), child), age, adultOn));
            }
        }
        return RuleResult.of(findings);
    }

    /** 1 for the only (or first by name) child born that day, 2 for a twin, and so on. */
    private static int birthOrder(List<Child> children, Child child) {
        List<Child> sameDay = children.stream()
                .filter(c -> c.dateOfBirth().equals(child.dateOfBirth()))
                .sorted(Comparator.comparing(Child::firstName))
                .toList();
        return sameDay.indexOf(child) + 1;
    }

    private SignalFinding finding(Child child, int order, int age, LocalDate adultOn) {
        SignalFinding.Builder builder = SignalFinding.of(type(), RULE_VERSION);
        if (child.childId() != null) {
            builder.key(child.childId()).input("childId", child.childId());
        } else {
            builder.key(child.dateOfBirth(), order);
        }
        return builder
                .figure("age", age)
                .input("childDateOfBirth", child.dateOfBirth())
                .input("childBirthOrder", order)
                .input("turnsAdultOn", adultOn)
                .dueDate(adultOn)
                .explanation(
                        "Een kind van de klant (geboren op " + Wording.dateNl(child.dateOfBirth()) + ") wordt op "
                                + Wording.dateNl(adultOn) + " " + age + " jaar.",
                        "A child of the client (born on " + Wording.dateEn(child.dateOfBirth()) + ") turns "
                                + age + " on " + Wording.dateEn(adultOn) + ".")
                .build();
    }
}
