package nl.nazorg.signal.model;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.nazorg.signal.mortgage.RiskClassBoundaries;

/**
 * Every threshold of the signal rules, per tenant (advisory firm). {@link #defaults()} gives the values
 * of DESIGN.md §4; {@link #toBuilder()} changes some of them. Amounts in euros, shares as fractions.
 *
 * @param minimumMonthlySaving REFINANCE_SAVING: saving must be MORE than this, unless the client set their own
 * @param switchingCosts REFINANCE_SAVING: advice and notary costs to earn back besides the fee (overstapkosten)
 * @param fixedRateEndingMonths FIXED_RATE_ENDING: the period ends within this many months (inclusive)
 * @param rateResetShockMonths RATE_RESET_SHOCK: the period ends within this many months (inclusive)
 * @param rateResetShockIncrease RATE_RESET_SHOCK: payment rises by at least this much a month
 * @param homeEquityThreshold HOME_EQUITY: market value minus debt is at least this much (overwaarde)
 * @param termLifeOverinsuredShare TERM_LIFE_OVERINSURED: coverage exceeds the debt by at least this share
 * @param mortgageTermEndingMonths MORTGAGE_TERM_ENDING: the term ends within this many months (inclusive)
 * @param interestOnlyMaxShareOfValue INTEREST_ONLY_RISK: interest-only debt above this share of the value
 * @param childAdultAge CHILD_TURNS_18: the age that matters
 * @param childTurningAdultDays CHILD_TURNS_18: the birthday is within this many days (inclusive)
 * @param retirementFirstNoticeYears RETIREMENT_APPROACHING: first notice this many years ahead
 * @param retirementFinalNoticeYears RETIREMENT_APPROACHING: second notice this many years ahead
 * @param arrearsLookBackMonths PAYMENT_ARREARS: reports this many months back still count
 * @param reviewIntervalMonths ANNUAL_REVIEW_DUE: months between reviews per tier; a tier not listed has none
 * @param allowedLenders REFINANCE_SAVING: lenders the firm advises on; empty means all
 * @param riskClassBoundaries loan-to-value bands used when a lender has no bands of its own
 * @param lenderRiskClassBoundaries lender rules: a lender's own loan-to-value bands, by lender code
 */
public record TenantSignalSettings(
        BigDecimal minimumMonthlySaving,
        BigDecimal switchingCosts,
        int fixedRateEndingMonths,
        int rateResetShockMonths,
        BigDecimal rateResetShockIncrease,
        BigDecimal homeEquityThreshold,
        BigDecimal termLifeOverinsuredShare,
        int mortgageTermEndingMonths,
        BigDecimal interestOnlyMaxShareOfValue,
        int childAdultAge,
        int childTurningAdultDays,
        int retirementFirstNoticeYears,
        int retirementFinalNoticeYears,
        int arrearsLookBackMonths,
        Map<SubscriptionTier, Integer> reviewIntervalMonths,
        Set<String> allowedLenders,
        RiskClassBoundaries riskClassBoundaries,
        Map<String, RiskClassBoundaries> lenderRiskClassBoundaries) {

    public TenantSignalSettings {
        Objects.requireNonNull(minimumMonthlySaving, "minimumMonthlySaving");
        Objects.requireNonNull(switchingCosts, "switchingCosts");
        Objects.requireNonNull(rateResetShockIncrease, "rateResetShockIncrease");
        Objects.requireNonNull(homeEquityThreshold, "homeEquityThreshold");
        Objects.requireNonNull(termLifeOverinsuredShare, "termLifeOverinsuredShare");
        Objects.requireNonNull(interestOnlyMaxShareOfValue, "interestOnlyMaxShareOfValue");
        Objects.requireNonNull(riskClassBoundaries, "riskClassBoundaries");
        if (retirementFinalNoticeYears > retirementFirstNoticeYears) {
            throw new IllegalArgumentException("final retirement notice must not come before the first one");
        }
        reviewIntervalMonths = Map.copyOf(reviewIntervalMonths);
        allowedLenders = Set.copyOf(allowedLenders);
        lenderRiskClassBoundaries = Map.copyOf(lenderRiskClassBoundaries);
    }

    /** The defaults of DESIGN.md §4. */
    public static TenantSignalSettings defaults() {
        return new Builder().build();
    }

    /** A builder starting from these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Months between reviews for a tier; empty when the tier has no reviews (NONE). */
    public Optional<Integer> reviewIntervalFor(SubscriptionTier tier) {
        return Optional.ofNullable(reviewIntervalMonths.get(tier));
    }

    /** The loan-to-value bands of a lender: its own when the tenant set them, otherwise the general ones. */
    public RiskClassBoundaries boundariesFor(String lender) {
        return lenderRiskClassBoundaries.getOrDefault(lender, riskClassBoundaries);
    }

    /** Changes some settings; starts from the defaults or from existing settings. */
    public static final class Builder {
        private BigDecimal minimumMonthlySaving = new BigDecimal("100.00");
        private BigDecimal switchingCosts = new BigDecimal("0.00");
        private int fixedRateEndingMonths = 6;
        private int rateResetShockMonths = 12;
        private BigDecimal rateResetShockIncrease = new BigDecimal("100.00");
        private BigDecimal homeEquityThreshold = new BigDecimal("50000.00");
        private BigDecimal termLifeOverinsuredShare = new BigDecimal("0.20");
        private int mortgageTermEndingMonths = 12;
        private BigDecimal interestOnlyMaxShareOfValue = new BigDecimal("0.50");
        private int childAdultAge = 18;
        private int childTurningAdultDays = 60;
        private int retirementFirstNoticeYears = 5;
        private int retirementFinalNoticeYears = 1;
        private int arrearsLookBackMonths = 3;
        private Map<SubscriptionTier, Integer> reviewIntervalMonths = new EnumMap<>(Map.of(
                SubscriptionTier.GOLD, 6, SubscriptionTier.SILVER, 12, SubscriptionTier.BRONZE, 24));
        private Set<String> allowedLenders = Set.of();
        private RiskClassBoundaries riskClassBoundaries = RiskClassBoundaries.standard();
        private Map<String, RiskClassBoundaries> lenderRiskClassBoundaries = Map.of();

        public Builder() {
        }

        private Builder(TenantSignalSettings s) {
            minimumMonthlySaving = s.minimumMonthlySaving;
            switchingCosts = s.switchingCosts;
            fixedRateEndingMonths = s.fixedRateEndingMonths;
            rateResetShockMonths = s.rateResetShockMonths;
            rateResetShockIncrease = s.rateResetShockIncrease;
            homeEquityThreshold = s.homeEquityThreshold;
            termLifeOverinsuredShare = s.termLifeOverinsuredShare;
            mortgageTermEndingMonths = s.mortgageTermEndingMonths;
            interestOnlyMaxShareOfValue = s.interestOnlyMaxShareOfValue;
            childAdultAge = s.childAdultAge;
            childTurningAdultDays = s.childTurningAdultDays;
            retirementFirstNoticeYears = s.retirementFirstNoticeYears;
            retirementFinalNoticeYears = s.retirementFinalNoticeYears;
            arrearsLookBackMonths = s.arrearsLookBackMonths;
            reviewIntervalMonths = s.reviewIntervalMonths;
            allowedLenders = s.allowedLenders;
            riskClassBoundaries = s.riskClassBoundaries;
            lenderRiskClassBoundaries = s.lenderRiskClassBoundaries;
        }

        public Builder minimumMonthlySaving(BigDecimal v) { minimumMonthlySaving = v; return this; }
        public Builder switchingCosts(BigDecimal v) { switchingCosts = v; return this; }
        public Builder fixedRateEndingMonths(int v) { fixedRateEndingMonths = v; return this; }
        public Builder rateResetShockMonths(int v) { rateResetShockMonths = v; return this; }
        public Builder rateResetShockIncrease(BigDecimal v) { rateResetShockIncrease = v; return this; }
        public Builder homeEquityThreshold(BigDecimal v) { homeEquityThreshold = v; return this; }
        public Builder termLifeOverinsuredShare(BigDecimal v) { termLifeOverinsuredShare = v; return this; }
        public Builder mortgageTermEndingMonths(int v) { mortgageTermEndingMonths = v; return this; }
        public Builder interestOnlyMaxShareOfValue(BigDecimal v) { interestOnlyMaxShareOfValue = v; return this; }
        public Builder childAdultAge(int v) { childAdultAge = v; return this; }
        public Builder childTurningAdultDays(int v) { childTurningAdultDays = v; return this; }
        public Builder retirementFirstNoticeYears(int v) { retirementFirstNoticeYears = v; return this; }
        public Builder retirementFinalNoticeYears(int v) { retirementFinalNoticeYears = v; return this; }
        public Builder arrearsLookBackMonths(int v) { arrearsLookBackMonths = v; return this; }
        public Builder reviewIntervalMonths(Map<SubscriptionTier, Integer> v) { reviewIntervalMonths = v; return this; }
        public Builder allowedLenders(Set<String> v) { allowedLenders = v; return this; }
        public Builder riskClassBoundaries(RiskClassBoundaries v) { riskClassBoundaries = v; return this; }
        public Builder lenderRiskClassBoundaries(Map<String, RiskClassBoundaries> v) {
            lenderRiskClassBoundaries = v;
            return this;
        }

        public TenantSignalSettings build() {
            return new TenantSignalSettings(minimumMonthlySaving, switchingCosts, fixedRateEndingMonths,
                    rateResetShockMonths, rateResetShockIncrease, homeEquityThreshold, termLifeOverinsuredShare,
                    mortgageTermEndingMonths, interestOnlyMaxShareOfValue, childAdultAge, childTurningAdultDays,
                    retirementFirstNoticeYears, retirementFinalNoticeYears, arrearsLookBackMonths,
                    reviewIntervalMonths, allowedLenders, riskClassBoundaries, lenderRiskClassBoundaries);
        }
    }
}
