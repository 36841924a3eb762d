package nl.nazorg.signal.config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.signal.model.TenantSignalSettings;

/** The signal settings of a tenant: the configured overrides on top of the defaults, built once per tenant. */
@ApplicationScoped
public class TenantSettings {

    @Inject
    SignalSettingsConfig config;

    private final Map<String, TenantSignalSettings> built = new ConcurrentHashMap<>();

    public TenantSignalSettings of(String tenantId) {
        return built.computeIfAbsent(tenantId, this::build);
    }

    /** The longest RATE_RESET_SHOCK window of any tenant (the defaults' when no tenant sets its own). */
    public int longestRateResetShockMonths() {
        return Stream.concat(Stream.of(TenantSignalSettings.defaults()),
                        config.tenants().keySet().stream().map(this::of))
                .mapToInt(TenantSignalSettings::rateResetShockMonths).max().orElseThrow();
    }

    private TenantSignalSettings build(String tenantId) {
        SignalSettingsConfig.Tenant tenant = config.tenants().get(tenantId);
        TenantSignalSettings.Builder builder = TenantSignalSettings.defaults().toBuilder();
        if (tenant != null) {
            tenant.minimumMonthlySaving().ifPresent(builder::minimumMonthlySaving);
            tenant.switchingCosts().ifPresent(builder::switchingCosts);
            tenant.fixedRateEndingMonths().ifPresent(builder::fixedRateEndingMonths);
            tenant.homeEquityThreshold().ifPresent(builder::homeEquityThreshold);
            tenant.allowedLenders().ifPresent(builder::allowedLenders);
        }
        return builder.build();
    }
}
