package nl.nazorg.signal.rules;

import static nl.nazorg.signal.rules.Wording.euroEn;
import static nl.nazorg.signal.rules.Wording.euroNl;
import static nl.nazorg.signal.rules.Wording.monthsEn;
import static nl.nazorg.signal.rules.Wording.monthsNl;

import java.math.BigDecimal;
import java.util.List;
import nl.nazorg.signal.model.RateOffer;

/** The words of a REFINANCE_SAVING finding, e.g. "Door over te sluiten naar 3,45% (10 jaar vast) ...". */
final class RefinanceExplanation {

    private RefinanceExplanation() {
    }

    static Explanation of(List<RateOffer> offers, BigDecimal saving, BigDecimal fee, BigDecimal switchingCosts,
            int breakEvenMonths) {
        boolean oneOffer = offers.stream()
                .map(o -> o.ratePercent().stripTrailingZeros() + "/" + o.fixedRatePeriodYears())
                .distinct().count() == 1;
        RateOffer first = offers.get(0);
        String dutch = (oneOffer
                ? "Door over te sluiten naar " + Wording.rateNl(first.ratePercent()) + " ("
                        + first.fixedRatePeriodYears() + " jaar vast)"
                : "Door de leningdelen over te sluiten naar de laagste rente die nu wordt aangeboden")
                + " daalt de bruto maandlast met " + euroNl(saving) + "; " + costsNl(fee, switchingCosts, breakEvenMonths);
        String english = (oneOffer
                ? "Refinancing at " + Wording.rateEn(first.ratePercent()) + " (" + first.fixedRatePeriodYears()
                        + "-year fixed)"
                : "Refinancing the loan parts at the lowest rates on offer")
                + " lowers the gross monthly payment by " + euroEn(saving) + "; "
                + costsEn(fee, switchingCosts, breakEvenMonths);
        return new Explanation(dutch, english);
    }

    private static String costsNl(BigDecimal fee, BigDecimal costs, int months) {
        boolean hasFee = fee.signum() > 0;
        boolean hasCosts = costs.signum() > 0;
        if (hasFee && hasCosts) {
            return "de geschatte boeterente van " + euroNl(fee) + " en de overstapkosten van " + euroNl(costs)
                    + " zijn na " + monthsNl(months) + " terugverdiend.";
        }
        if (hasFee) {
            return "de geschatte boeterente van " + euroNl(fee) + " is na " + monthsNl(months) + " terugverdiend.";
        }
        if (hasCosts) {
            return "de overstapkosten van " + euroNl(costs) + " zijn na " + monthsNl(months) + " terugverdiend.";
        }
        return "er is geen boeterente verschuldigd.";
    }

    private static String costsEn(BigDecimal fee, BigDecimal costs, int months) {
        boolean hasFee = fee.signum() > 0;
        boolean hasCosts = costs.signum() > 0;
        if (hasFee && hasCosts) {
            return "the estimated prepayment fee of " + euroEn(fee) + " and the switching costs of " + euroEn(costs)
                    + " are earned back after " + monthsEn(months) + ".";
        }
        if (hasFee) {
            return "the estimated prepayment fee of " + euroEn(fee) + " is earned back after " + monthsEn(months) + ".";
        }
        if (hasCosts) {
            return "the switching costs of " + euroEn(costs) + " are earned back after " + monthsEn(months) + ".";
        }
        return "no prepayment fee is due.";
    }
}
