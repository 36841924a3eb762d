package nl.nazorg.signal.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The profile facts the rules read (no name or contact details: rules do not need them).
 *
 * @param dateOfBirth null when unknown; rules that need it then do not fire and say so
 * @param minimumMonthlySaving the saving the client agreed to be contacted for; null means the
 *        tenant's default (€ 100,00 unless the tenant set another)
 * @param plannedRetirementDate planned retirement date (gewenste pensioendatum); null means the AOW date
 */
public record ClientProfile(
        LocalDate dateOfBirth,
        List<Child> children,
        Subscription subscription,
        BigDecimal minimumMonthlySaving,
        LocalDate plannedRetirementDate,
        PreferredChannel preferredChannel,
        List<PaymentArrear> paymentArrears) {

    public ClientProfile {
        children = List.copyOf(Objects.requireNonNull(children, "children"));
        subscription = subscription == null ? Subscription.none() : subscription;
        preferredChannel = preferredChannel == null ? PreferredChannel.EMAIL : preferredChannel;
        paymentArrears = List.copyOf(Objects.requireNonNull(paymentArrears, "paymentArrears"));
        if (minimumMonthlySaving != null) {
            LoanPart.requireNotNegative(minimumMonthlySaving, "minimumMonthlySaving");
        }
    }

    /** The planned retirement date, or else the estimated AOW date; empty without either. */
    public Optional<LocalDate> retirementDate() {
        if (plannedRetirementDate != null) {
            return Optional.of(plannedRetirementDate);
        }
        return Optional.ofNullable(dateOfBirth).map(StatePensionAge::dateFor);
    }

    /** Whether {@link #retirementDate()} is the client's own plan rather than the AOW estimate. */
    public boolean hasPlannedRetirement() {
        return plannedRetirementDate != null;
    }

    /** The client's own minimum saving, or the tenant's default when the client set none. */
    public BigDecimal minimumMonthlySavingOr(BigDecimal tenantDefault) {
        return minimumMonthlySaving != null ? minimumMonthlySaving : tenantDefault;
    }
}
