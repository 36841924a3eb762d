package nl.nazorg.signal.evaluation.repository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import nl.nazorg.signal.model.RateTableChange;
import nl.nazorg.signal.rules.SignalType;
import nl.nazorg.signal.sql.SqlNumbers;

/**
 * Which clients a market-rate change can affect, selected in SQL on the loan-part read model, in client-id order, a
 * page at a time. A client is selected when one of these holds, each a necessary condition for a rate change to
 * change one of its signals:
 *
 * <ul>
 * <li>a loan part's rate is above the lowest rate on offer: only then can a refinancing lower it;</li>
 * <li>a loan part's fixed-rate period ends by the rate-reset horizon: only then can a renewal rate matter;</li>
 * <li>it has an open signal of a type the rates decide: its figures may move, or it may resolve;</li>
 * <li>its portfolio was stored before the read model: its rows are written when the pass meets it.</li>
 * </ul>
 *
 * Of the loan parts only those are asked whose comparable fixed-rate period the change reaches
 * ({@link RateTableChange.AffectedPeriods}; a part without an agreed period compares with its remaining one, which
 * the SQL does not work out, so it is always asked). A risk-class drop is decided by the loan-to-value, not by
 * rates, so a rate change only moves the figures of an open one. A client with such an open signal has loan parts
 * (a portfolio without debt resolved them when it was stored), so the first three are asked of the loan parts, in
 * the order of their primary key, with the open signals
 * looked up per client by the index on (tenant, client, resolved): a page reads what it returns, not the whole
 * signal table. Each of the two sources is read up to the page size, distinct and in order, so the page's last id
 * never passes a client of a source that was cut off.
 */
public final class RateChangeSelection {

    private static final String PAGE = """
            SELECT client_id FROM (
                (SELECT DISTINCT client_id FROM loan_part p
                  WHERE client_id > $1
                    AND (fixed_rate_period_years IS NULL OR least(fixed_rate_period_years, $6) = ANY($7))
                    AND (interest_rate > $2 OR fixed_rate_end_date <= $3
                         OR EXISTS (SELECT 1 FROM signal s
                                     WHERE s.tenant_id = p.tenant_id AND s.client_id = p.client_id
                                       AND s.resolved_at IS NULL AND s.type = ANY($4)))
                  ORDER BY client_id LIMIT $5)
                UNION
                (SELECT client_id FROM client_portfolio
                  WHERE client_id > $1 AND loan_parts > 0 AND read_model_version IS NULL
                  ORDER BY client_id LIMIT $5)
            ) AS affected ORDER BY client_id LIMIT $5""";

    private final BigDecimal lowestRateOnOffer;
    private final LocalDate rateResetHorizon;
    private final String[] rateTypes;
    private final RateTableChange.AffectedPeriods periods;

    /**
     * @param lowestRateOnOffer the lowest rate in any table (null without tables: then no part can be refinanced)
     * @param rateResetHorizon  the last fixed-rate end date any tenant's rate-reset window reaches today
     * @param rateTypes         the signal types the rules that read market rates raise
     * @param periods           the comparable periods the change reaches
     */
    public RateChangeSelection(BigDecimal lowestRateOnOffer, LocalDate rateResetHorizon,
            Collection<SignalType> rateTypes, RateTableChange.AffectedPeriods periods) {
        this.lowestRateOnOffer = lowestRateOnOffer;
        this.rateResetHorizon = rateResetHorizon;
        this.rateTypes = rateTypes.stream().map(Enum::name).toArray(String[]::new);
        this.periods = periods;
    }

    /** Up to {@code size} affected clients after {@code after} (the empty string for the first page). */
    public Uni<List<String>> page(Pool pool, String after, int size) {
        Tuple parameters = Tuple.of(after, SqlNumbers.numeric(lowestRateOnOffer), rateResetHorizon, rateTypes, size,
                periods.cap()).addValue(periods.periods().stream().sorted().toArray(Integer[]::new));
        return pool.preparedQuery(PAGE).execute(parameters).map(rows -> {
            List<String> ids = new ArrayList<>(rows.size());
            rows.forEach(row -> ids.add(row.getString(0)));
            return ids;
        });
    }
}
