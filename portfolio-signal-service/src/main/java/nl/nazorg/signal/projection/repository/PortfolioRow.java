package nl.nazorg.signal.projection.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import nl.nazorg.events.portfolio.Portfolio;
import nl.nazorg.messaging.staleness.VersionedProjection;

/**
 * The latest portfolio (portefeuille) of a client from portfolios.v1, as the contract's JSON. {@code loanParts}
 * counts the loan parts with debt, so a market-rate change selects the affected clients with one indexed query.
 */
@Entity
@Table(name = "client_portfolio", indexes = @Index(name = "client_portfolio_loan_parts", columnList = "loan_parts, client_id"))
public class PortfolioRow extends VersionedProjection {

    @Id
    @Column(name = "client_id", length = 100)
    public String clientId;

    @Column(name = "tenant_id", nullable = false, length = 100)
    public String tenantId;

    @Column(name = "loan_parts", nullable = false)
    public int loanParts;

    @Column(name = "payload", nullable = false, columnDefinition = "text")
    public String payload;

    /** The record {@link #payload} was just written from, while this transaction holds it: not read back. */
    @Transient
    public Portfolio written;
}
