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
 * The latest portfolio (portefeuille) of a client from portfolios.v1, as the contract's JSON; its loan parts with
 * debt are also in the typed read model ({@link LoanPartRow}). {@code loanParts} counts them, so a market-rate change
 * finds, with one indexed query, the rows from before the read model that it must bring up to it.
 */
@Entity
@Table(name = "client_portfolio",
        indexes = @Index(name = "client_portfolio_read_model", columnList = "read_model_version, client_id"))
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

    /**
     * {@code LoanPartTable.READ_MODEL_VERSION} once the client's rows in the loan-part read model are written; null on
     * rows from before the read model.
     */
    @Column(name = "read_model_version")
    public Integer readModelVersion;

    /** The record {@link #payload} was just written from, while this transaction holds it: not read back. */
    @Transient
    public Portfolio written;
}
