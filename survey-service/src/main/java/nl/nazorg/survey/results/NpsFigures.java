package nl.nazorg.survey.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Net Promoter Score over a set of scores: promoters score 9-10, passives 7-8, detractors 0-6; the score is
 * % promoters minus % detractors, from -100 to +100, one decimal. No responses: no score (null), not zero.
 */
public record NpsFigures(int responses, int promoters, int passives, int detractors, BigDecimal promoterPercentage,
                         BigDecimal detractorPercentage, BigDecimal score) {

    public static final int LOWEST_PASSIVE = 7;
    public static final int LOWEST_PROMOTER = 9;

    public static NpsFigures of(Collection<Integer> scores) {
        int promoters = 0;
        int passives = 0;
        int detractors = 0;
        for (int score : scores) {
            if (score < 0 || score > 10) {
                throw new IllegalArgumentException("an NPS score is 0-10");
            }
            if (score >= LOWEST_PROMOTER) {
                promoters++;
            } else if (score >= LOWEST_PASSIVE) {
                passives++;
            } else {
                detractors++;
            }
        }
        int total = promoters + passives + detractors;
        if (total == 0) {
            return new NpsFigures(0, 0, 0, 0, null, null, null);
        }
        // From the counts, not from rounded percentages, so the score is exact before its one rounding.
        return new NpsFigures(total, promoters, passives, detractors, percentage(promoters, total),
                percentage(detractors, total), percentage(promoters - detractors, total));
    }

    private static BigDecimal percentage(int part, int total) {
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }
}
