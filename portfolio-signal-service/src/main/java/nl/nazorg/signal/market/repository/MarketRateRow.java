package nl.nazorg.signal.market.repository;

import java.time.Instant;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The current rate table (rentetabel) of one lender from market-rates.v1, as the contract's JSON.
 * {@code pendingSince} is set in the transaction that stores a new table and cleared once the portfolio has been
 * re-evaluated against it, so a restart in between still re-evaluates. {@code evaluatedPayload} is the table as
 * that last completed re-evaluation saw it (null before the first): the next one compares the two to find the loan
 * parts the change can reach.
 */
@Entity
@Table(name = "market_rate_table")
public class MarketRateRow extends PanacheEntityBase {

    @Id
    @Column(length = 100)
    public String lender;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "pending_since")
    public Instant pendingSince;

    @Column(name = "evaluated_payload", columnDefinition = "text")
    public String evaluatedPayload;
}
