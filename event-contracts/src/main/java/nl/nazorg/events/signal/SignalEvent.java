package nl.nazorg.events.signal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import nl.nazorg.events.EventPayload;
import nl.nazorg.events.consent.MessageClass;

/**
 * What every event on {@code signals.v1} carries: the full state of one signal after the event (event-carried state),
 * so a consumer that missed earlier events still holds the truth after the next one. The three events differ in what
 * happened: {@link SignalRaised}, {@link SignalUpdated}, {@link SignalResolved}.
 * <p>
 * A signal (signaal) is a moment worth acting on for one client. The topic is partner-facing: no names, no e-mail
 * addresses, no free text of the client; a child or a mortgage is named by its id.
 */
public interface SignalEvent extends EventPayload {

    /** Nazorg's id of the signal; the same on every event of it. */
    String signalId();

    /** The client the signal is about; the record key. */
    String clientId();

    /** The signal's version: 1 when raised, one more on every event; older versions never overwrite newer. */
    long version();

    /** What the signal is about. */
    SignalType type();

    /** The kind of moment, for the worklist. */
    SignalCategory category();

    /** Whether a message about it needs marketing consent. */
    MessageClass messageClass();

    /**
     * The key of the situation: the same situation raises one signal, is updated while it holds, and resolved when it
     * no longer does. E.g. {@code REFINANCE_SAVING:<mortgageId>}, {@code CHILD_TURNS_18:<childId>}. Ids, never names.
     */
    String deduplicationKey();

    /**
     * The figures it was computed to, by camelCase name, as exact decimals: e.g. {@code monthlySaving} (euros,
     * gross), {@code breakEvenMonths}, {@code prepaymentFee}, {@code newRate} (percent). Empty when it has none.
     */
    Map<String, BigDecimal> figures();

    /**
     * The inputs the rule read, by camelCase name, as text, so an adviser, the client or the AFM can see why:
     * e.g. {@code loanPartIds}, {@code currentRate}, {@code marketRateLender}. Ids and derived facts only.
     */
    Map<String, String> inputs();

    /** The version of the rule that computed it, e.g. {@code REFINANCE_SAVING/3}. */
    String ruleVersion();

    /** When the adviser should act (streefdatum), a Europe/Amsterdam date; absent when there is no deadline. */
    LocalDate dueDate();

    /** Where the adviser is with it. */
    SignalStatus status();

    /** Whether messages to the client about it are held back (the payment-arrears guardrail). */
    boolean suppressed();

    /** Why messages are held back; present exactly when {@link #suppressed()}. */
    SuppressionReason suppressionReason();

    /** Why the adviser dismissed it; present when the status is DISMISSED. */
    DismissReason dismissReason();

    /** When it was raised. */
    Instant raisedAt();

    /** When it last changed (equal to raisedAt on SignalRaised). */
    Instant updatedAt();

    /** When it was resolved; present only on SignalResolved. */
    Instant resolvedAt();

    @Override
    default String partitionKey() {
        return clientId();
    }
}
