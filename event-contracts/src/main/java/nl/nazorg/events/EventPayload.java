package nl.nazorg.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The value of a record on a Nazorg topic. Every payload belongs to one tenant (advisory firm, adviseurskantoor) and
 * is keyed so that the events of one client (or one lender's rate table) stay in order on one partition.
 */
public interface EventPayload {

    /** The advisory firm the event belongs to; equals the {@code ce_tenantid} header. */
    String tenantId();

    /**
     * The Kafka record key and the {@code ce_subject} header: the clientId, or the lender code for a market-rate table.
     * Not part of the JSON value.
     */
    @JsonIgnore
    String partitionKey();
}
