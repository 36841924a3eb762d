package nl.nazorg.signal.store.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.nazorg.events.ids.TimeOrderedIds;
import nl.nazorg.events.signal.SignalResolution;
import nl.nazorg.events.signal.SignalStatus;
import nl.nazorg.signal.rules.MessageClass;
import nl.nazorg.signal.rules.SignalFinding;
import nl.nazorg.signal.rules.SignalType;
import nl.nazorg.signal.store.mapping.SignalEvents.Kind;
import nl.nazorg.signal.store.mapping.SignalFingerprint;
import nl.nazorg.signal.store.mapping.SignalJson;
import nl.nazorg.signal.store.repository.SignalRow;

/**
 * Compares what the rules find now with the client's open signals, by deduplication key (plain Java, no I/O):
 * a new key is raised, a known key whose figures, inputs, due date, wording, rule version or suppression differ
 * (compared by {@link SignalFingerprint}) is updated, an open key no longer found is resolved. Unchanged signals
 * produce nothing, which is what makes replays, a second daily run and a rate change that moves no figure silent.
 * While PAYMENT_ARREARS is found, MARKETING signals are suppressed.
 *
 * <p>When only some rules ran (a market-rate change runs the rules that read rates), only open signals of the types
 * they judge can change; the others stay as they are, and an open PAYMENT_ARREARS among them still suppresses.
 */
public final class SignalReconciliation {

    private SignalReconciliation() {
    }

    /** Every rule ran: every open signal can change. */
    public static List<SignalChange> reconcile(String tenantId, String clientId, String adviserId,
            List<SignalRow> open, List<SignalFinding> findings, Instant now) {
        return reconcile(tenantId, clientId, adviserId, open, findings, EnumSet.allOf(SignalType.class), now);
    }

    /** The rules of the {@code judged} types ran: open signals of other types stay. */
    public static List<SignalChange> reconcile(String tenantId, String clientId, String adviserId,
            List<SignalRow> open, List<SignalFinding> findings, Set<SignalType> judged, Instant now) {
        boolean suppressMarketing = findings.stream().anyMatch(f -> f.type().suppressesMarketing())
                || open.stream().anyMatch(row -> !judged.contains(row.type) && row.type.suppressesMarketing());
        Map<String, SignalRow> byKey = new HashMap<>();
        open.stream().filter(row -> judged.contains(row.type)).forEach(row -> byKey.put(row.deduplicationKey, row));
        List<SignalChange> changes = new ArrayList<>();
        Map<String, SignalFinding> found = new LinkedHashMap<>();
        findings.forEach(f -> found.putIfAbsent(f.deduplicationKey(), f));
        for (SignalFinding finding : found.values()) {
            boolean suppressed = suppressMarketing && finding.messageClass() == MessageClass.MARKETING;
            SignalRow row = byKey.remove(finding.deduplicationKey());
            if (row == null) {
                changes.add(new SignalChange(Kind.RAISED, raise(tenantId, clientId, adviserId, finding, suppressed,
                        now), finding));
            } else {
                String fingerprint = SignalFingerprint.of(finding, suppressed);
                String stored = SignalFingerprint.of(row);
                if (!fingerprint.equals(stored)) {
                    fill(row, finding, suppressed, fingerprint, !SignalFingerprint.sameInputs(fingerprint, stored));
                    touch(row, now);
                    changes.add(new SignalChange(Kind.UPDATED, row, finding));
                }
            }
        }
        for (SignalRow gone : byKey.values()) {
            changes.add(new SignalChange(Kind.RESOLVED, resolve(gone, SignalResolution.CONDITION_CLEARED, now)));
        }
        return changes;
    }

    public static SignalRow resolve(SignalRow row, SignalResolution resolution, Instant now) {
        row.resolvedAt = now;
        row.resolution = resolution;
        touch(row, now);
        return row;
    }

    public static void touch(SignalRow row, Instant now) {
        row.updatedAt = now;
        row.version++;
    }

    private static SignalRow raise(String tenantId, String clientId, String adviserId, SignalFinding finding,
            boolean suppressed, Instant now) {
        SignalRow row = new SignalRow();
        row.id = TimeOrderedIds.next();
        row.tenantId = tenantId;
        row.clientId = clientId;
        row.adviserId = adviserId;
        row.type = finding.type();
        row.category = finding.category();
        row.messageClass = finding.messageClass();
        row.deduplicationKey = finding.deduplicationKey();
        row.status = SignalStatus.OPEN;
        row.raisedAt = now;
        row.updatedAt = now;
        row.version = 1;
        fill(row, finding, suppressed, SignalFingerprint.of(finding, suppressed), true);
        return row;
    }

    /**
     * The row takes the finding; its inputs only when they differ from the stored ones (otherwise they stay as read:
     * an update leaves inputs it is not given as they are).
     */
    private static void fill(SignalRow row, SignalFinding finding, boolean suppressed, String fingerprint,
            boolean newInputs) {
        row.ruleVersion = finding.ruleVersion();
        row.figures = SignalJson.write(finding.figures());
        if (newInputs) {
            row.inputs = SignalJson.write(finding.inputs());
        }
        row.explanationNl = finding.explanation().dutch();
        row.explanationEn = finding.explanation().english();
        row.dueDate = finding.dueDate();
        row.amount = amount(finding.figures());
        row.suppressed = suppressed;
        row.fingerprint = fingerprint;
    }

    /** The amount the worklist filters and sorts by: the monthly saving, or the rule's estimate of it. */
    static BigDecimal amount(Map<String, BigDecimal> figures) {
        for (String name : List.of("monthlySaving", "estimatedMonthlySaving", "estimatedPremiumDrop")) {
            if (figures.containsKey(name)) {
                return figures.get(name);
            }
        }
        return null;
    }
}
