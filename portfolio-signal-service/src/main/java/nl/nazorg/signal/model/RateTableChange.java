package nl.nazorg.signal.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import nl.nazorg.signal.mortgage.RiskClass;

/**
 * The rates the clients were last evaluated against beside the rates now on offer, and which loan parts the
 * difference can reach. Every rule that reads rates looks them up by a part's comparable fixed-rate period (its agreed
 * length, or the remaining one rounded up) through {@link MarketRates}: per risk class and set of lenders, the
 * nearest offered length and the lowest rate there. Such a lookup over several lenders answers the nearest of the
 * lenders' own nearest lengths, at the lowest rate among the lenders for whom that length is their own nearest; so
 * when no single lender's (nearest length, rate) for a period changed in any class, no lookup for that period can
 * change. That is the test: a period is affected when, for some lender and class, its nearest offered length or the
 * rate there differs (a lender or class offered on one side only counts as a difference for every period). A new rule
 * that reads rates another way must be taught here first ({@code RateTableChangeTest} lists the rules it follows).
 *
 * @param evaluated the rates as of the last completed re-evaluation
 * @param current   the rates now
 */
public record RateTableChange(MarketRates evaluated, MarketRates current) {

    public RateTableChange {
        Objects.requireNonNull(evaluated, "evaluated");
        Objects.requireNonNull(current, "current");
    }

    /** The comparable periods whose lookups can answer differently today. */
    public AffectedPeriods affected(LocalDate today) {
        Map<String, Map<RiskClass, TreeMap<Integer, BigDecimal>>> before = evaluated.offeredOn(today);
        Map<String, Map<RiskClass, TreeMap<Integer, BigDecimal>>> after = current.offeredOn(today);
        Set<String> lenders = new TreeSet<>(before.keySet());
        lenders.addAll(after.keySet());
        int longest = 0;
        for (Map<String, Map<RiskClass, TreeMap<Integer, BigDecimal>>> side : List.of(before, after)) {
            for (Map<RiskClass, TreeMap<Integer, BigDecimal>> classes : side.values()) {
                for (TreeMap<Integer, BigDecimal> lengths : classes.values()) {
                    longest = Math.max(longest, lengths.lastKey());
                }
            }
        }
        // Any period from one past the longest offered on is answered alike: the longest length.
        int cap = longest + 1;
        Set<Integer> periods = new HashSet<>();
        for (String lender : lenders) {
            Map<RiskClass, TreeMap<Integer, BigDecimal>> was = before.getOrDefault(lender, Map.of());
            Map<RiskClass, TreeMap<Integer, BigDecimal>> is = after.getOrDefault(lender, Map.of());
            for (RiskClass riskClass : RiskClass.values()) {
                TreeMap<Integer, BigDecimal> wasOffered = was.get(riskClass);
                TreeMap<Integer, BigDecimal> isOffered = is.get(riskClass);
                for (int period = 0; period <= cap; period++) {
                    if (!sameAnswer(wasOffered, isOffered, period)) {
                        periods.add(period);
                    }
                }
            }
        }
        return new AffectedPeriods(periods, cap);
    }

    private static boolean sameAnswer(TreeMap<Integer, BigDecimal> was, TreeMap<Integer, BigDecimal> is,
            int period) {
        if (was == null || is == null) {
            return was == is;
        }
        int wasLength = nearest(was, period);
        int isLength = nearest(is, period);
        return wasLength == isLength && was.get(wasLength).compareTo(is.get(isLength)) == 0;
    }

    /** The offered length a lookup for {@code period} takes ({@link MarketRates#nearerTo}), below or above it. */
    private static int nearest(TreeMap<Integer, BigDecimal> offered, int period) {
        return Stream.of(offered.floorKey(period), offered.ceilingKey(period)).filter(Objects::nonNull)
                .min(MarketRates.nearerTo(period)).orElseThrow();
    }

    /**
     * The comparable periods a change reaches; any period of at least {@code cap} years is answered as {@code cap}.
     *
     * @param periods the affected periods, each at most {@code cap}
     * @param cap     one past the longest length offered before or after
     */
    public record AffectedPeriods(Set<Integer> periods, int cap) {

        public AffectedPeriods {
            periods = Set.copyOf(periods);
        }

        /** Every period (each is answered as the cap, 0, which is affected). */
        public static AffectedPeriods all() {
            return new AffectedPeriods(Set.of(0), 0);
        }

        /** No lookup can answer differently: nothing to re-evaluate. */
        public boolean none() {
            return periods.isEmpty();
        }

        public boolean includes(int period) {
            return periods.contains(Math.min(period, cap));
        }
    }
}
