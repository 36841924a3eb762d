package nl.nazorg.signal.projection.repository;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import nl.nazorg.signal.mortgage.RepaymentType;
import nl.nazorg.signal.mortgage.RiskClass;

/**
 * The read model of a market-rate change: one row per loan part with debt, in typed columns, with its mortgage and
 * the client's home value beside it: everything the rules that read market rates read from a portfolio, so a pass
 * reads columns instead of parsing every client's portfolio JSON. Written with the portfolio it comes from (the
 * client's rows replaced at once); {@link LoanPartTable} reads and writes it through the reactive client, and
 * {@code LoanPartFacts} maps it to and from the domain. The primary key (client, position) serves the pass's
 * selection in client-id order.
 */
@Entity
@Table(name = "loan_part")
@IdClass(LoanPartRow.Key.class)
public class LoanPartRow {

    /** A client's parts are numbered in the order of the portfolio: mortgage by mortgage, part by part. */
    public static class Key implements Serializable {
        public String clientId;
        public int position;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.position == position && Objects.equals(key.clientId, clientId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clientId, position);
        }
    }

    @Id
    @Column(name = "client_id", length = 100)
    public String clientId;

    @Id
    @Column(name = "position")
    public int position;

    @Column(name = "tenant_id", nullable = false, length = 100)
    public String tenantId;

    @Column(name = "mortgage_id", nullable = false, length = 100)
    public String mortgageId;

    @Column(name = "lender", nullable = false, length = 100)
    public String lender;

    @Column(name = "nhg", nullable = false)
    public boolean nhg;

    @Column(name = "mortgage_start_date")
    public LocalDate mortgageStartDate;

    @Column(name = "term_end_date", nullable = false)
    public LocalDate termEndDate;

    @Column(name = "loan_part_id", nullable = false, length = 100)
    public String loanPartId;

    @Enumerated(EnumType.STRING)
    @Column(name = "repayment_type", nullable = false, length = 20)
    public RepaymentType repaymentType;

    /** Amounts and rates as numeric without a scale: the value the contract carried, exactly. */
    @Column(name = "original_principal", nullable = false, columnDefinition = "numeric")
    public BigDecimal originalPrincipal;

    @Column(name = "outstanding_principal", nullable = false, columnDefinition = "numeric")
    public BigDecimal outstandingPrincipal;

    @Column(name = "interest_rate", nullable = false, columnDefinition = "numeric")
    public BigDecimal interestRate;

    @Column(name = "fixed_rate_end_date")
    public LocalDate fixedRateEndDate;

    @Column(name = "fixed_rate_period_years")
    public Integer fixedRatePeriodYears;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_class", nullable = false, length = 20)
    public RiskClass riskClass;

    @Column(name = "fee_free_share", nullable = false, columnDefinition = "numeric")
    public BigDecimal feeFreeShare;

    @Column(name = "market_value", columnDefinition = "numeric")
    public BigDecimal marketValue;

    @Column(name = "valuation_date")
    public LocalDate valuationDate;
}
