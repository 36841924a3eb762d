package nl.nazorg.signal.mortgage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Loan-to-value bands of a lender's risk classes, as data: each boundary is an inclusive upper
 * loan-to-value ratio ({@code 0.60} = 60%); above the last one the class is {@link RiskClass#ABOVE_100}.
 * An NHG mortgage is class NHG whatever its loan-to-value.
 */
public record RiskClassBoundaries(List<Boundary> boundaries) {

    /** One band: loan-to-value at most {@code maxLoanToValue} is priced on {@code riskClass}. */
    public record Boundary(BigDecimal maxLoanToValue, RiskClass riskClass) {
        public Boundary {
            Objects.requireNonNull(maxLoanToValue, "max loan-to-value");
            Objects.requireNonNull(riskClass, "risk class");
            if (riskClass == RiskClass.NHG || riskClass == RiskClass.ABOVE_100) {
                throw new IllegalArgumentException(riskClass + " is not a loan-to-value band with an upper limit");
            }
        }
    }

    public RiskClassBoundaries {
        List<Boundary> sorted = new ArrayList<>(Objects.requireNonNull(boundaries, "boundaries"));
        sorted.sort(Comparator.comparing(Boundary::maxLoanToValue));
        boundaries = List.copyOf(sorted);
    }

    /** The usual Dutch bands: ≤60%, ≤80%, ≤90%, ≤100%, above 100%. */
    public static RiskClassBoundaries standard() {
        return new RiskClassBoundaries(List.of(
                new Boundary(new BigDecimal("0.60"), RiskClass.LTV_60),
                new Boundary(new BigDecimal("0.80"), RiskClass.LTV_80),
                new Boundary(new BigDecimal("0.90"), RiskClass.LTV_90),
                new Boundary(new BigDecimal("1.00"), RiskClass.LTV_100)));
    }

    /** The class of a loan-to-value ratio; boundaries are inclusive (exactly 60% is LTV_60). */
    public RiskClass classify(BigDecimal loanToValue) {
        Objects.requireNonNull(loanToValue, "loan-to-value");
        for (Boundary boundary : boundaries) {
            if (loanToValue.compareTo(boundary.maxLoanToValue()) <= 0) {
                return boundary.riskClass();
            }
        }
        return RiskClass.ABOVE_100;
    }

    /** The class of a mortgage: NHG when it has NHG, otherwise by loan-to-value. */
    public RiskClass classify(BigDecimal loanToValue, boolean nhg) {
        return nhg ? RiskClass.NHG : classify(loanToValue);
    }
}
