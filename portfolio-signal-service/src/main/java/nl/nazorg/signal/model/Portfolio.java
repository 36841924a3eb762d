package nl.nazorg.signal.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The client's portfolio: home, mortgages and insurances.
 *
 * @param property the home; null when the client has none on record
 */
public record Portfolio(Property property, List<Mortgage> mortgages, List<Insurance> insurances) {

    public Portfolio {
        mortgages = List.copyOf(Objects.requireNonNull(mortgages, "mortgages"));
        insurances = List.copyOf(Objects.requireNonNull(insurances, "insurances"));
    }

    /** A portfolio with nothing in it. */
    public static Portfolio empty() {
        return new Portfolio(null, List.of(), List.of());
    }

    /** The home, when there is one. */
    public Optional<Property> home() {
        return Optional.ofNullable(property);
    }

    /** The market value of the home, when known. */
    public Optional<BigDecimal> marketValue() {
        return home().filter(Property::hasValuation).map(Property::marketValue);
    }

    /** Outstanding principal over all mortgages: they share the home as collateral. */
    public BigDecimal totalOutstanding() {
        return mortgages.stream().map(Mortgage::totalOutstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Policies of one type that still cover on {@code day}. */
    public List<Insurance> activeInsurances(InsuranceType type, LocalDate day) {
        return insurances.stream().filter(i -> i.type() == type && i.isActiveOn(day)).toList();
    }

    /** Whether any policy of the type still covers on {@code day}. */
    public boolean hasActive(InsuranceType type, LocalDate day) {
        return !activeInsurances(type, day).isEmpty();
    }
}
