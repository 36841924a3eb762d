package nl.nazorg.signal.mortgage;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Precision and rounding of euro amounts: exact inside, cents only at the end. */
public final class Euro {

    /** Precision of every intermediate figure (34 significant digits). */
    public static final MathContext MATH = MathContext.DECIMAL128;

    private Euro() {
    }

    /** Rounds an exact amount to the cent, HALF_UP. */
    public static BigDecimal cents(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.HALF_UP);
    }
}
