package nl.nazorg.signal.mortgage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The remembered arithmetic ({@link Remembered} behind {@link InterestRate#monthlyFraction} and {@link Compounding})
 * against {@link PaymentReference}, which remembers nothing: over 300,000 seeded random loan parts, payments, savings
 * and fees must agree exactly at full precision and to the cent. Half the cases draw from a few rates and terms, so
 * the memo answers them; the other half draw rates with 2 to 4 decimals and any term, so more distinct rates and
 * (rate, months) pairs pass than the memo keeps and it forgets and relearns during the run. Each case has its own seed
 * (SEED + its index), so that the cases can be checked on both cores, as the memo is used in production, and any
 * one of them drawn again alone.
 */
class PaymentDifferentialTest {

    private static final long SEED = 20260315L;
    private static final int CASES = 300_000;
    /** Every how many cases the closed forms are also checked against the javadoc's forms (slower, so not all). */
    private static final int TEXTBOOK_EVERY = 10;
    /** Every how many cases the fee is also summed month by month (up to 360 divisions a case). */
    private static final int SUMMED_FEE_EVERY = 100;
    /** Closed form against the javadoc's form: they differ in the last digits only, far below a cent. */
    private static final BigDecimal TOLERANCE = new BigDecimal("1E-12");
    private static final int SHOWN = 20;

    private static final List<BigDecimal> COMMON_RATES = Stream.of("-1", "-0.5", "0", "0.000", "1.95", "3.6", "3.60",
            "4.15", "5.2").map(BigDecimal::new).toList();
    private static final int[] COMMON_MONTHS = {0, 1, 120, 240, 300, 360};
    private static final int[] COMMON_FIXED_MONTHS = {0, 12, 60, 119, 120};
    private static final List<BigDecimal> COMMON_SHARES = Stream.of("0", "0.10", "0.15", "0.2", "1")
            .map(BigDecimal::new).toList();

    /** The edges the cases must pass, or the run proves less than it claims. */
    private enum Edge {
        ANNUITY, LINEAR, INTEREST_ONLY, ZERO_PRINCIPAL, ZERO_RATE, NEGATIVE_RATE, MINUS_ONE_PERCENT,
        MONTHS_0, MONTHS_1, MONTHS_480, FIXED_MONTHS_0, FIXED_MONTHS_360, RATE_DROP_IN_FIXED_PERIOD
    }

    /** One drawn loan part and rate change. */
    private record Case(int index, RepaymentType type, BigDecimal outstanding, BigDecimal original,
            BigDecimal feeFreeShare, BigDecimal rate, BigDecimal newRate, int months, int fixedMonths) {

        @Override
        public String toString() {
            return "case " + index + " (seed " + SEED + " + " + index + "): " + type
                    + " P=" + outstanding.toPlainString() + " original=" + original.toPlainString()
                    + " feeFree=" + feeFreeShare.toPlainString()
                    + " rate=" + rate.toPlainString() + "% new=" + newRate.toPlainString() + "% n=" + months
                    + " fixed=" + fixedMonths;
        }
    }

    /** A rate and a number of months as the compounding memo keys them (by equals, so 3.6 and 3.60 differ). */
    private record RateAndMonths(BigDecimal rate, int months) {
    }

    @Test
    void rememberedArithmeticAgreesWithThePlainReferenceDigitForDigit() {
        List<String> disagreements = IntStream.range(0, CASES).parallel()
                .mapToObj(PaymentDifferentialTest::draw)
                .flatMap(c -> disagreements(c).stream())
                .toList();
        assertThat(disagreements.subList(0, Math.min(SHOWN, disagreements.size())))
                .as("%d disagreements with the reference over %d cases; the first ones", disagreements.size(), CASES)
                .isEmpty();
    }

    @Test
    void theCasesPassEveryEdgeAndMoreArgumentsThanTheMemoKeeps() {
        Set<Edge> edges = EnumSet.noneOf(Edge.class);
        Set<BigDecimal> rates = new HashSet<>();
        Set<RateAndMonths> compounded = new HashSet<>();
        int compoundedAgain = 0;
        for (int i = 0; i < CASES; i++) {
            Case c = draw(i);
            edges.addAll(edgesOf(c));
            rates.add(c.rate());
            rates.add(c.newRate());
            rates.add(c.rate().subtract(c.newRate()));
            for (RateAndMonths pair : compoundings(c)) {
                compoundedAgain += compounded.add(pair) ? 0 : 1;
            }
        }
        assertThat(edges).as("edges the cases pass").containsExactlyInAnyOrder(Edge.values());
        assertThat(rates).as("distinct annual rates, more than the memo keeps").hasSizeGreaterThan(Remembered.LIMIT);
        assertThat(compounded).as("distinct (rate, months) pairs, more than the memo keeps")
                .hasSizeGreaterThan(Remembered.LIMIT);
        assertThat(compoundedAgain).as("compoundings of a pair seen before").isGreaterThan(CASES / 4);
    }

    /** What the production arithmetic gets wrong for one case, each naming the case; none when all agree. */
    private static List<String> disagreements(Case c) {
        List<String> found = new ArrayList<>(0);
        try {
            compare(c, found);
        } catch (RuntimeException e) {
            found.add(c + ": " + e);
        }
        return found;
    }

    private static void compare(Case c, List<String> found) {
        BigDecimal r = PaymentReference.monthly(c.rate());
        BigDecimal newR = PaymentReference.monthly(c.newRate());
        BigDecimal payment = PaymentReference.payment(c.type(), c.outstanding(), r, c.months());
        BigDecimal atNewRate = PaymentReference.payment(c.type(), c.outstanding(), newR, c.months());
        BigDecimal saving = payment.subtract(atNewRate, PaymentReference.MATH);
        BigDecimal fee = PaymentReference.fee(c.outstanding(), c.original(), c.feeFreeShare(), c.rate(), c.newRate(),
                newR, c.fixedMonths());

        BigDecimal actualPayment = MonthlyPayment.exact(c.type(), c.outstanding(), c.rate(), c.months());
        exactly(found, c, "MonthlyPayment.exact", actualPayment, payment);
        toTheCent(found, c, "MonthlyPayment.of",
                MonthlyPayment.of(c.type(), c.outstanding(), c.rate(), c.months()), payment);
        toTheCent(found, c, "MonthlySaving.of",
                MonthlySaving.of(c.type(), c.outstanding(), c.rate(), c.newRate(), c.months()), saving);
        BigDecimal actualFee = PrepaymentFee.exact(c.outstanding(), c.original(), c.feeFreeShare(), c.rate(),
                c.newRate(), c.fixedMonths());
        exactly(found, c, "PrepaymentFee.exact", actualFee, fee);
        toTheCent(found, c, "PrepaymentFee.estimate", PrepaymentFee.estimate(c.outstanding(), c.original(),
                c.feeFreeShare(), c.rate(), c.newRate(), c.fixedMonths()), fee);

        if (c.index() % TEXTBOOK_EVERY == 0 && c.type() == RepaymentType.ANNUITY && c.outstanding().signum() > 0
                && r.signum() != 0) {
            near(found, c, "annuity against P·r/(1 − (1+r)^−n)", actualPayment,
                    PaymentReference.textbookAnnuity(c.outstanding(), r, Math.max(c.months(), 1)));
        }
        if (c.index() % SUMMED_FEE_EVERY == 0 && fee.signum() != 0) {
            BigDecimal loss = PaymentReference.monthlyLoss(c.outstanding(), c.original(), c.feeFreeShare(), c.rate(),
                    c.newRate());
            near(found, c, "fee against Σ c/(1+r)^k", actualFee,
                    PaymentReference.discountedMonthByMonth(loss, newR, c.fixedMonths()));
        }
    }

    private static void exactly(List<String> found, Case c, String what, BigDecimal actual, BigDecimal expected) {
        if (actual.compareTo(expected) != 0) {
            found.add(disagreement(c, what, actual, expected));
        }
    }

    private static void toTheCent(List<String> found, Case c, String what, BigDecimal actual, BigDecimal exact) {
        BigDecimal expected = PaymentReference.cents(exact);
        if (!actual.equals(expected)) {
            found.add(disagreement(c, what, actual, expected));
        }
    }

    private static void near(List<String> found, Case c, String what, BigDecimal actual, BigDecimal expected) {
        if (actual.subtract(expected).abs().compareTo(TOLERANCE) > 0) {
            found.add(disagreement(c, what, actual, expected));
        }
    }

    private static String disagreement(Case c, String what, BigDecimal actual, BigDecimal expected) {
        return c + ": " + what + " was " + actual.toPlainString() + ", reference " + expected.toPlainString();
    }

    private static Case draw(int index) {
        SplittableRandom random = new SplittableRandom(SEED + index);
        boolean common = random.nextBoolean();
        RepaymentType type = RepaymentType.values()[random.nextInt(RepaymentType.values().length)];
        BigDecimal outstanding = random.nextInt(25) == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(random.nextLong(1, 100_000_001), 2);
        BigDecimal original = outstanding.add(BigDecimal.valueOf(random.nextLong(0, 50_000_001), 2));
        BigDecimal share = random.nextBoolean() ? COMMON_SHARES.get(random.nextInt(COMMON_SHARES.size()))
                : BigDecimal.valueOf(random.nextInt(0, 31), 2);
        BigDecimal rate = common ? commonRate(random) : anyRate(random);
        BigDecimal newRate = random.nextBoolean() ? commonRate(random) : anyRate(random);
        int months = common ? COMMON_MONTHS[random.nextInt(COMMON_MONTHS.length)] : anyMonths(random);
        int fixedMonths = common ? COMMON_FIXED_MONTHS[random.nextInt(COMMON_FIXED_MONTHS.length)]
                : anyFixedMonths(random);
        return new Case(index, type, outstanding, original, share, rate, newRate, months, fixedMonths);
    }

    private static BigDecimal commonRate(SplittableRandom random) {
        return COMMON_RATES.get(random.nextInt(COMMON_RATES.size()));
    }

    /** -1% to 8%, with 2, 3 or 4 decimals: about 100,000 distinct rates. */
    private static BigDecimal anyRate(SplittableRandom random) {
        int scale = 2 + random.nextInt(3);
        int unit = (int) Math.pow(10, scale);
        return BigDecimal.valueOf(random.nextInt(-unit, 8 * unit + 1), scale);
    }

    /** 0 (the term has ended) and 1 are as likely as 480; the rest spread over 0..480. */
    private static int anyMonths(SplittableRandom random) {
        return switch (random.nextInt(20)) {
            case 0 -> 0;
            case 1 -> 1;
            case 2 -> 480;
            default -> random.nextInt(0, 481);
        };
    }

    /** 0 (variable rate, or the period ends this month) and 360 often; the rest spread over 0..360. */
    private static int anyFixedMonths(SplittableRandom random) {
        return switch (random.nextInt(20)) {
            case 0, 1 -> 0;
            case 2 -> 360;
            default -> random.nextInt(0, 361);
        };
    }

    /** The (rate, months) pairs production compounds for this case. */
    private static List<RateAndMonths> compoundings(Case c) {
        List<RateAndMonths> pairs = new ArrayList<>();
        if (c.type() == RepaymentType.ANNUITY && c.outstanding().signum() > 0) {
            Stream.of(c.rate(), c.newRate()).filter(rate -> rate.signum() != 0)
                    .forEach(rate -> pairs.add(new RateAndMonths(rate, Math.max(c.months(), 1))));
        }
        if (c.rate().compareTo(c.newRate()) > 0 && c.fixedMonths() > 0 && c.newRate().signum() != 0) {
            pairs.add(new RateAndMonths(c.newRate(), c.fixedMonths()));
        }
        return pairs;
    }

    private static Set<Edge> edgesOf(Case c) {
        Set<Edge> edges = EnumSet.of(Edge.valueOf(c.type().name()));
        if (c.outstanding().signum() == 0) {
            edges.add(Edge.ZERO_PRINCIPAL);
        }
        if (c.rate().signum() == 0) {
            edges.add(Edge.ZERO_RATE);
        }
        if (c.rate().signum() < 0) {
            edges.add(Edge.NEGATIVE_RATE);
        }
        if (c.rate().compareTo(InterestRate.MINIMUM_PERCENT) == 0) {
            edges.add(Edge.MINUS_ONE_PERCENT);
        }
        switch (c.months()) {
            case 0 -> edges.add(Edge.MONTHS_0);
            case 1 -> edges.add(Edge.MONTHS_1);
            case 480 -> edges.add(Edge.MONTHS_480);
            default -> {
            }
        }
        if (c.fixedMonths() == 0) {
            edges.add(Edge.FIXED_MONTHS_0);
        }
        if (c.fixedMonths() == 360) {
            edges.add(Edge.FIXED_MONTHS_360);
        }
        if (c.outstanding().signum() > 0 && c.rate().compareTo(c.newRate()) > 0 && c.fixedMonths() > 0) {
            edges.add(Edge.RATE_DROP_IN_FIXED_PERIOD);
        }
        return edges;
    }
}
