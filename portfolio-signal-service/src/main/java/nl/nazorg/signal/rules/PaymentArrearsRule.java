package nl.nazorg.signal.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.nazorg.signal.model.ClientSnapshot;
import nl.nazorg.signal.model.PaymentArrear;

/**
 * PAYMENT_ARREARS (betalingsachterstand): a partner reported a missed payment in the last 3 months
 * (reported on or after today minus 3 months) that is not resolved. One signal per client while any is open;
 * while it is open, every MARKETING message is suppressed and the client is routed to a person
 * ({@link SignalType#suppressesMarketing()}). Due 3 days after the earliest open report: call quickly.
 */
public final class PaymentArrearsRule implements SignalRule {

    public static final int RULE_VERSION = 1;

    static final int DAYS_TO_ACT = 3;

    @Override
    public SignalType type() {
        return SignalType.PAYMENT_ARREARS;
    }

    @Override
    public int ruleVersion() {
        return RULE_VERSION;
    }

    @Override
    public RuleResult evaluate(ClientSnapshot client, EvaluationContext context) {
        LocalDate first = context.today().minusMonths(context.settings().arrearsLookBackMonths());
        List<PaymentArrear> open = client.profile().paymentArrears().stream()
                .filter(arrear -> !arrear.resolved() && !arrear.reportedOn().isBefore(first))
                .sorted(Comparator.comparing(PaymentArrear::reportedOn))
                .toList();
        if (open.isEmpty()) {
            return RuleResult.none();
        }
        BigDecimal total = open.stream().map(PaymentArrear::amount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        LocalDate earliest = open.get(0).reportedOn();
        LocalDate latest = open.get(open.size() - 1).reportedOn();
        return RuleResult.of(SignalFinding.of(type(), RULE_VERSION)
                .figure("openMissedPayments", open.size())
                .figure("amountInArrears", total)
                .input("earliestReportedOn", earliest)
                .input("latestReportedOn", latest)
                .input("lookBackMonths", context.settings().arrearsLookBackMonths())
                .dueDate(earliest.plusDays(DAYS_TO_ACT))
                .explanation(
                        "Er " + (open.size() == 1 ? "is 1 gemiste betaling" : "zijn " + open.size() + " gemiste betalingen")
                                + " gemeld (laatst op " + Wording.dateNl(latest) + "), samen " + Wording.euroNl(total)
                                + ". Neem persoonlijk contact op; er gaan geen commerciële berichten uit.",
                        (open.size() == 1 ? "1 missed payment was" : open.size() + " missed payments were")
                                + " reported (latest on " + Wording.dateEn(latest) + "), " + Wording.euroEn(total)
                                + " in total. Contact the client in person; no marketing messages are sent.")
                .build());
    }
}
