package nl.nazorg.signal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.nazorg.events.signal.SignalResolution;
import nl.nazorg.events.signal.SignalStatus;
import nl.nazorg.signal.rules.SignalFinding;
import nl.nazorg.signal.rules.SignalType;
import nl.nazorg.signal.store.mapping.SignalEvents.Kind;
import nl.nazorg.signal.store.repository.SignalRow;
import nl.nazorg.signal.store.service.SignalChange;
import nl.nazorg.signal.store.service.SignalReconciliation;

/** Raise, update, resolve and leave alone, by deduplication key; and the arrears guardrail. */
class SignalReconciliationTest {

    private static final Instant T1 = Instant.parse("2026-03-15T09:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-16T09:00:00Z");

    private static SignalFinding equity(String amount) {
        return SignalFinding.of(SignalType.HOME_EQUITY, 1).figure("homeEquity", new BigDecimal(amount))
                .input("valuationDate", LocalDate.of(2025, 6, 1)).explanation("Overwaarde " + amount,
                        "Equity " + amount).build();
    }

    private static SignalFinding arrears() {
        return SignalFinding.of(SignalType.PAYMENT_ARREARS, 1).figure("openMissedPayments", 1)
                .explanation("Achterstand", "Arrears").build();
    }

    private static List<SignalRow> rows(List<SignalChange> changes) {
        return new ArrayList<>(changes.stream().map(SignalChange::row).toList());
    }

    private static List<SignalChange> reconcile(List<SignalRow> open, Instant now, SignalFinding... findings) {
        return SignalReconciliation.reconcile("firm-a", "c-1", "adviser-1", open, List.of(findings), now);
    }

    @Test
    void aNewKeyIsRaisedWithVersionOneAndStatusOpen() {
        List<SignalChange> changes = reconcile(List.of(), T1, equity("120000.00"));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.RAISED);
            assertThat(c.row().version).isEqualTo(1);
            assertThat(c.row().status).isEqualTo(SignalStatus.OPEN);
            assertThat(c.row().deduplicationKey).isEqualTo("HOME_EQUITY");
            assertThat(c.row().suppressed).isFalse();
        });
    }

    @Test
    void theSameFindingAgainChangesNothingAndFiguresCompareByValue() {
        List<SignalRow> open = rows(reconcile(List.of(), T1, equity("120000.00")));
        assertThat(reconcile(open, T2, equity("120000.00"))).isEmpty();
        SignalFinding sameValueOtherScale = SignalFinding.of(SignalType.HOME_EQUITY, 1)
                .figure("homeEquity", new BigDecimal("120000.0")).input("valuationDate", LocalDate.of(2025, 6, 1))
                .explanation("Overwaarde 120000.00", "Equity 120000.00").build();
        assertThat(reconcile(open, T2, sameValueOtherScale)).isEmpty();
    }

    @Test
    void otherFiguresUpdateAndAGoneKeyResolves() {
        List<SignalRow> open = rows(reconcile(List.of(), T1, equity("120000.00")));
        assertThat(reconcile(open, T2, equity("130000.00"))).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.UPDATED);
            assertThat(c.row().version).isEqualTo(2);
            assertThat(c.row().updatedAt).isEqualTo(T2);
            assertThat(c.row().raisedAt).isEqualTo(T1);
        });
        assertThat(reconcile(open, T2)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.RESOLVED);
            assertThat(c.row().resolution).isEqualTo(SignalResolution.CONDITION_CLEARED);
            assertThat(c.row().resolvedAt).isEqualTo(T2);
        });
    }

    @Test
    void arrearsSuppressMarketingAndLiftingThemUpdatesTheSignal() {
        List<SignalChange> first = reconcile(List.of(), T1, equity("120000.00"), arrears());
        assertThat(first).extracting(c -> c.row().type + ":" + c.row().suppressed)
                .containsExactlyInAnyOrder("HOME_EQUITY:true", "PAYMENT_ARREARS:false");
        List<SignalRow> open = rows(first);
        List<SignalChange> lifted = reconcile(open, T2, equity("120000.00"));
        assertThat(lifted).extracting(c -> c.kind() + ":" + c.row().type + ":" + c.row().suppressed)
                .containsExactlyInAnyOrder("UPDATED:HOME_EQUITY:false", "RESOLVED:PAYMENT_ARREARS:false");
    }

    @Test
    void anAdvisersStatusSurvivesAReEvaluation() {
        List<SignalRow> open = rows(reconcile(List.of(), T1, equity("120000.00")));
        open.get(0).status = SignalStatus.DISMISSED;
        assertThat(reconcile(open, T2, equity("120000.00"))).isEmpty();
        assertThat(reconcile(open, T2, equity("125000.00"))).singleElement()
                .satisfies(c -> assertThat(c.row().status).isEqualTo(SignalStatus.DISMISSED));
    }

    @Test
    void whenOnlySomeRulesRanTheOtherTypesStayAndOpenArrearsStillSuppress() {
        List<SignalRow> open = rows(reconcile(List.of(), T1, equity("120000.00"), arrears(), saving("150.00")));
        Set<SignalType> rateRules = EnumSet.of(SignalType.REFINANCE_SAVING);
        List<SignalChange> changes = SignalReconciliation.reconcile("firm-a", "c-1", "adviser-1", open,
                List.of(saving("175.00")), rateRules, T2);
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.UPDATED);
            assertThat(c.row().type).isEqualTo(SignalType.REFINANCE_SAVING);
            assertThat(c.row().suppressed).isTrue();
        });
        assertThat(SignalReconciliation.reconcile("firm-a", "c-1", "adviser-1", open, List.of(), rateRules, T2))
                .singleElement().satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(Kind.RESOLVED);
                    assertThat(c.row().type).isEqualTo(SignalType.REFINANCE_SAVING);
                });
    }

    @Test
    void aRowWrittenBeforeFingerprintsWereKeptComparesByItsStoredFigures() {
        List<SignalRow> open = rows(reconcile(List.of(), T1, equity("120000.00")));
        assertThat(open.get(0).fingerprint).hasSize(64);
        open.get(0).fingerprint = null;
        assertThat(reconcile(open, T2, equity("120000.00"))).isEmpty();
        SignalFinding sameValueOtherScale = SignalFinding.of(SignalType.HOME_EQUITY, 1)
                .figure("homeEquity", new BigDecimal("120000.0")).input("valuationDate", LocalDate.of(2025, 6, 1))
                .explanation("Overwaarde 120000.00", "Equity 120000.00").build();
        assertThat(reconcile(open, T2, sameValueOtherScale)).isEmpty();
        assertThat(reconcile(open, T2, equity("120000.01"))).singleElement()
                .satisfies(c -> assertThat(c.row().fingerprint).hasSize(64));
    }

    @Test
    void anUpdateCarriesTheInputsOnlyWhenTheyChanged() {
        List<SignalRow> open = rows(reconcile(List.of(), T1, equity("120000.00")));
        SignalRow light = open.get(0);
        light.figures = null;
        light.inputs = null;
        light.explanationNl = null;
        light.explanationEn = null;
        assertThat(reconcile(open, T2, equity("130000.00"))).singleElement().satisfies(c -> {
            assertThat(c.row().figures).contains("130000");
            assertThat(c.row().explanationNl).isEqualTo("Overwaarde 130000.00");
            assertThat(c.row().inputs).as("the same inputs are not written again").isNull();
        });
        SignalFinding otherValuation = SignalFinding.of(SignalType.HOME_EQUITY, 1)
                .figure("homeEquity", new BigDecimal("130000.00")).input("valuationDate", LocalDate.of(2026, 1, 1))
                .explanation("Overwaarde 130000.00", "Equity 130000.00").build();
        assertThat(reconcile(open, T2, otherValuation)).singleElement()
                .satisfies(c -> assertThat(c.row().inputs).contains("2026-01-01"));
    }

    private static SignalFinding saving(String amount) {
        return SignalFinding.of(SignalType.REFINANCE_SAVING, 1).key("m-1").figure("monthlySaving", new BigDecimal(amount))
                .explanation("Besparing " + amount, "Saving " + amount).build();
    }
}
