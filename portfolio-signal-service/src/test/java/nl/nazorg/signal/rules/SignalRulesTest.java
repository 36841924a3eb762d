package nl.nazorg.signal.rules;

import static nl.nazorg.signal.rules.ClientFixture.client;
import static nl.nazorg.signal.rules.ClientFixture.context;
import static nl.nazorg.signal.rules.ClientFixture.eur;
import static nl.nazorg.signal.rules.ClientFixture.mortgage;
import static nl.nazorg.signal.rules.ClientFixture.part;
import static nl.nazorg.signal.rules.ClientFixture.rate;
import static nl.nazorg.signal.rules.ClientFixture.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.nazorg.signal.model.Child;
import nl.nazorg.signal.model.MarketRates;
import nl.nazorg.signal.model.NpsAnswer;
import nl.nazorg.signal.model.PaymentArrear;
import nl.nazorg.signal.model.TenantSignalSettings;
import nl.nazorg.signal.mortgage.RepaymentType;
import nl.nazorg.signal.mortgage.RiskClass;
import org.junit.jupiter.api.Test;

class SignalRulesTest {

    private final SignalRules rules = SignalRules.standard();

    @Test
    void oneRuleForEverySignalType() {
        assertThat(rules.rules()).extracting(SignalRule::type).containsExactlyInAnyOrder(SignalType.values());
        assertThat(rules.versions()).hasSize(SignalType.values().length).allSatisfy((type, version) -> assertThat(version).isPositive());
    }

    @Test
    void everyRuleClassDeclaresItsVersionAsAConstant() throws ReflectiveOperationException {
        for (SignalRule rule : rules.rules()) {
            Field field = rule.getClass().getField("RULE_VERSION");
            assertThat(Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())).isTrue();
            assertThat(field.getInt(null)).as(rule.getClass().getSimpleName()).isEqualTo(rule.ruleVersion());
        }
    }

    @Test
    void aBusyClientRaisesManySignalsEachTrueToItsType() {
        ClientFixture busy = client().mortgage(mortgage("M-1", LocalDate.of(2051, 3, 15),
                part("LP-1", RepaymentType.INTEREST_ONLY, "300000", "300000", "4.8", LocalDate.of(2026, 8, 1), 10,
                        RiskClass.LTV_80, null)));
        busy.dateOfBirth = LocalDate.of(1962, 3, 15);
        busy.children.add(new Child("Sanne", LocalDate.of(2008, 4, 20)));
        busy.arrears.add(new PaymentArrear(LocalDate.of(2026, 3, 1), eur("1200"), false));
        busy.nps = new NpsAnswer(3, "R-1", LocalDate.of(2026, 3, 14));
        RuleResult result = rules.evaluate(busy.snapshot(),
                context(table("ALFA", rate(10, RiskClass.LTV_80, "3.45"))));

        assertThat(result.findings()).extracting(SignalFinding::type).contains(
                SignalType.REFINANCE_SAVING, SignalType.FIXED_RATE_ENDING, SignalType.INTEREST_ONLY_RISK,
                SignalType.CHILD_TURNS_18, SignalType.RETIREMENT_APPROACHING, SignalType.MISSING_BUILDING_INSURANCE,
                SignalType.MISSING_CONTENTS_INSURANCE, SignalType.PAYMENT_ARREARS, SignalType.BIRTHDAY,
                SignalType.NPS_DETRACTOR);
        assertThat(result.findings()).allSatisfy(f -> {
            assertThat(f.category()).isEqualTo(f.type().category());
            assertThat(f.messageClass()).isEqualTo(f.type().messageClass());
            assertThat(f.deduplicationKey()).startsWith(f.type().name());
            assertThat(f.explanation().dutch()).isNotBlank();
            assertThat(f.explanation().english()).isNotBlank();
        });
        assertThat(result.findings()).extracting(SignalFinding::deduplicationKey).doesNotHaveDuplicates();
    }

    @Test
    void theSameSituationGivesTheSameFindingsTheNextDay() {
        // no due date or figure may follow "today" by itself; remaining months only change once a month
        ClientFixture client = client().mortgage(mortgage("M-1", LocalDate.of(2051, 3, 20),
                part("LP-1", RepaymentType.INTEREST_ONLY, "300000", "300000", "4.8", LocalDate.of(2031, 3, 20), 10,
                        RiskClass.LTV_80, null)));
        EvaluationContext today = context(table("ALFA", rate(10, RiskClass.LTV_80, "3.45")));
        EvaluationContext tomorrow = new EvaluationContext(today.today().plusDays(1), today.settings(), today.marketRates());
        assertThat(rules.evaluate(client.snapshot(), tomorrow).findings())
                .isEqualTo(rules.evaluate(client.snapshot(), today).findings());
    }

    @Test
    void todayIsTheDateInAmsterdam() {
        // 23:30 UTC on 14 March is 00:30 on 15 March in Amsterdam (UTC+1 in winter)
        Clock lateEvening = Clock.fixed(Instant.parse("2026-03-14T23:30:00Z"), ZoneOffset.UTC);
        assertThat(EvaluationContext.at(lateEvening, TenantSignalSettings.defaults(), MarketRates.none()).today())
                .isEqualTo(LocalDate.of(2026, 3, 15));
    }
}
