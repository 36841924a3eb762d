package nl.nazorg.signal.market.service;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.nazorg.events.json.EventJson;
import nl.nazorg.signal.market.repository.MarketRateRow;
import nl.nazorg.signal.model.MarketRate;
import nl.nazorg.signal.model.MarketRateTable;
import nl.nazorg.signal.model.MarketRates;
import nl.nazorg.signal.model.RateTableChange;
import nl.nazorg.signal.mortgage.RiskClass;

/**
 * The market rates every evaluation reads, held in memory (a few lenders × periods × classes) and replaced as a
 * whole when a table changes, so a rate change never looks anything up per loan part.
 */
@ApplicationScoped
public class MarketRateBook {

    private volatile MarketRates current = MarketRates.none();

    public MarketRates current() {
        return current;
    }

    /** Reloads from the stored tables; call inside a session. */
    public Uni<MarketRates> reload() {
        return reloadForPass().map(RateTableChange::current);
    }

    /**
     * Reloads, and answers the rates the clients were last evaluated against beside these: a pending table as it was
     * when last evaluated (absent if never), any other as it is. Call inside a session.
     */
    public Uni<RateTableChange> reloadForPass() {
        return MarketRateRow.<MarketRateRow>listAll().map(rows -> {
            current = new MarketRates(rows.stream().map(row -> toDomain(read(row.payload))).toList());
            MarketRates evaluated = new MarketRates(rows.stream()
                    .map(row -> row.pendingSince == null ? row.payload : row.evaluatedPayload)
                    .filter(Objects::nonNull).map(json -> toDomain(read(json))).toList());
            return new RateTableChange(evaluated, current);
        });
    }

    public static nl.nazorg.events.market.MarketRateTable read(String json) {
        return EventJson.read(json.getBytes(StandardCharsets.UTF_8), nl.nazorg.events.market.MarketRateTable.class);
    }

    /** Variable rates (period 0) are left out: the rules compare fixed-rate periods of at least a year. */
    public static MarketRateTable toDomain(nl.nazorg.events.market.MarketRateTable table) {
        List<MarketRate> rates = table.rates().stream()
                .filter(rate -> rate.fixedRatePeriodYears() > 0 && rate.riskClass() != null && rate.rate() != null)
                .map(rate -> new MarketRate(rate.fixedRatePeriodYears(), RiskClass.valueOf(rate.riskClass().name()),
                        rate.rate()))
                .toList();
        return new MarketRateTable(table.lender(), table.validFrom(), rates);
    }
}
