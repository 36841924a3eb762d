package nl.nazorg.signal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatePensionAgeTest {

    @Test
    void bornInOrBefore1960ReachesAowAt67() {
        assertThat(StatePensionAge.dateFor(LocalDate.of(1960, 5, 10))).isEqualTo(LocalDate.of(2027, 5, 10));
        assertThat(StatePensionAge.dateFor(LocalDate.of(1960, 12, 31))).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void bornAfter1960ReachesAowAt67AndThreeMonths() {
        assertThat(StatePensionAge.dateFor(LocalDate.of(1961, 1, 1))).isEqualTo(LocalDate.of(2028, 4, 1));
        assertThat(StatePensionAge.dateFor(LocalDate.of(1980, 11, 30))).isEqualTo(LocalDate.of(2048, 2, 29));
    }

    @Test
    void aPlannedRetirementDateWinsOverTheAowEstimate() {
        ClientProfile planned = profile(LocalDate.of(1970, 1, 1), LocalDate.of(2032, 6, 1));
        ClientProfile derived = profile(LocalDate.of(1970, 1, 1), null);
        ClientProfile unknown = profile(null, null);
        assertThat(planned.retirementDate()).contains(LocalDate.of(2032, 6, 1));
        assertThat(planned.hasPlannedRetirement()).isTrue();
        assertThat(derived.retirementDate()).contains(LocalDate.of(2037, 4, 1));
        assertThat(derived.hasPlannedRetirement()).isFalse();
        assertThat(unknown.retirementDate()).isEmpty();
    }

    @Test
    void theClientsOwnMinimumSavingWinsOverTheTenantDefault() {
        BigDecimal tenant = new BigDecimal("100.00");
        assertThat(profile(null, null).minimumMonthlySavingOr(tenant)).isEqualByComparingTo("100.00");
        ClientProfile own = new ClientProfile(null, List.of(), null, new BigDecimal("150.00"), null, null, List.of());
        assertThat(own.minimumMonthlySavingOr(tenant)).isEqualByComparingTo("150.00");
        assertThat(own.subscription().tier()).isEqualTo(SubscriptionTier.NONE);
        assertThat(own.preferredChannel()).isEqualTo(PreferredChannel.EMAIL);
    }

    private static ClientProfile profile(LocalDate born, LocalDate plannedRetirement) {
        return new ClientProfile(born, List.of(), null, null, plannedRetirement, null, List.of());
    }
}
