package nl.nazorg.client.profile.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Normalises input values the same way for REST and CSV, so equal input gives equal stored state. */
public final class Text {

    private Text() {
    }

    /** Trimmed text, or null for blank: the contracts leave absent fields out rather than writing "". */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** Euros with exactly two decimals (validated to have at most two before). */
    public static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A rate percentage with exactly three decimals. */
    public static BigDecimal rate(BigDecimal value) {
        return value == null ? null : value.setScale(3, RoundingMode.UNNECESSARY);
    }

    /** A fraction with at least two decimals (0.10), trailing zeros beyond that removed. */
    public static BigDecimal fraction(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2, RoundingMode.UNNECESSARY) : stripped;
    }
}
