package nl.nazorg.signal.config;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Signal thresholds per tenant (advisory firm), e.g. {@code nazorg.signal.tenants."firm-a".minimum-monthly-saving=150}.
 * Anything not set is the platform default of {@code TenantSignalSettings.defaults()} (DESIGN.md §4).
 */
@ConfigMapping(prefix = "nazorg.signal")
public interface SignalSettingsConfig {

    /** Per tenant id. */
    Map<String, Tenant> tenants();

    /** Clients re-evaluated per transaction in the daily run. */
    @WithDefault("500")
    int batchSize();

    /**
     * Clients re-evaluated per transaction after a market-rate change (only the rules that read rates run, on typed
     * columns, so a page can be larger than a daily-run page; two are in flight, so a page's signals and events must fit
     * twice in the heap).
     */
    @WithDefault("1000")
    int rateChangePageSize();

    /** The daily run for time-based signals. */
    DailyRun dailyRun();

    interface DailyRun {
        /** Quartz-style cron in Europe/Amsterdam; {@code off} disables it. */
        @WithDefault("0 5 0 * * ?")
        String cron();
    }

    interface Tenant {
        Optional<BigDecimal> minimumMonthlySaving();

        Optional<BigDecimal> switchingCosts();

        Optional<Integer> fixedRateEndingMonths();

        Optional<BigDecimal> homeEquityThreshold();

        Optional<Set<String>> allowedLenders();
    }
}
