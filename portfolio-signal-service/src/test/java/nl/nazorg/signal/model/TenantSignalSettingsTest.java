package nl.nazorg.signal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.nazorg.signal.mortgage.RiskClass;
import nl.nazorg.signal.mortgage.RiskClassBoundaries;
import org.junit.jupiter.api.Test;

class TenantSignalSettingsTest {

    @Test
    void defaultsAreThoseOfTheDesign() {
        TenantSignalSettings s = TenantSignalSettings.defaults();
        assertThat(s.minimumMonthlySaving()).isEqualByComparingTo("100");
        assertThat(s.switchingCosts()).isEqualByComparingTo("0");
        assertThat(s.fixedRateEndingMonths()).isEqualTo(6);
        assertThat(s.rateResetShockMonths()).isEqualTo(12);
        assertThat(s.rateResetShockIncrease()).isEqualByComparingTo("100");
        assertThat(s.homeEquityThreshold()).isEqualByComparingTo("50000");
        assertThat(s.termLifeOverinsuredShare()).isEqualByComparingTo("0.20");
        assertThat(s.mortgageTermEndingMonths()).isEqualTo(12);
        assertThat(s.interestOnlyMaxShareOfValue()).isEqualByComparingTo("0.50");
        assertThat(s.childAdultAge()).isEqualTo(18);
        assertThat(s.childTurningAdultDays()).isEqualTo(60);
        assertThat(s.retirementFirstNoticeYears()).isEqualTo(5);
        assertThat(s.retirementFinalNoticeYears()).isEqualTo(1);
        assertThat(s.arrearsLookBackMonths()).isEqualTo(3);
        assertThat(s.reviewIntervalFor(SubscriptionTier.GOLD)).contains(6);
        assertThat(s.reviewIntervalFor(SubscriptionTier.SILVER)).contains(12);
        assertThat(s.reviewIntervalFor(SubscriptionTier.BRONZE)).contains(24);
        assertThat(s.reviewIntervalFor(SubscriptionTier.NONE)).isEmpty();
        assertThat(s.allowedLenders()).isEmpty();
        assertThat(s.boundariesFor("ANY")).isEqualTo(RiskClassBoundaries.standard());
    }

    @Test
    void aTenantChangesSomeSettings() {
        RiskClassBoundaries own = new RiskClassBoundaries(List.of(
                new RiskClassBoundaries.Boundary(new BigDecimal("0.65"), RiskClass.LTV_60)));
        TenantSignalSettings s = TenantSignalSettings.defaults().toBuilder()
                .switchingCosts(new BigDecimal("1500"))
                .allowedLenders(Set.of("ALFA"))
                .lenderRiskClassBoundaries(Map.of("ALFA", own))
                .build();
        assertThat(s.switchingCosts()).isEqualByComparingTo("1500");
        assertThat(s.allowedLenders()).containsExactly("ALFA");
        assertThat(s.boundariesFor("ALFA")).isEqualTo(own);
        assertThat(s.boundariesFor("BETA")).isEqualTo(RiskClassBoundaries.standard());
        assertThat(s.minimumMonthlySaving()).isEqualByComparingTo("100");
    }

    @Test
    void theFinalRetirementNoticeCannotComeFirst() {
        assertThatThrownBy(() -> TenantSignalSettings.defaults().toBuilder().retirementFinalNoticeYears(6).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
