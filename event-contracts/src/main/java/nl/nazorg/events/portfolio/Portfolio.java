package nl.nazorg.events.portfolio;

import java.time.Instant;
import java.util.List;

import nl.nazorg.events.EventPayload;
import nl.nazorg.events.internal.Copies;

/**
 * The full current portfolio of one client (portefeuille) on {@code portfolios.v1}: the home, the mortgages with
 * their loan parts, and the insurances. State-carried like {@code ClientProfile}: each record replaces the previous
 * one for the clientId; a tombstone (null value) means the client was erased.
 * <p>
 * It holds the address of the home, so {@code portfolios.v1} is a personal-data topic like
 * {@code client-profiles.v1}: read by Nazorg services and by partners under a processing agreement only.
 *
 * @param tenantId   the advisory firm
 * @param clientId   the client; the record key
 * @param version    per-client version, increased by one on every change; older versions never overwrite newer
 * @param property   the home (woning); absent when the client owns none that Nazorg knows of
 * @param mortgages  the mortgages (hypotheken); empty when none
 * @param insurances the insurances (verzekeringen); empty when none
 * @param updatedAt  when this version of the portfolio was made
 */
public record Portfolio(
        String tenantId,
        String clientId,
        long version,
        Property property,
        List<Mortgage> mortgages,
        List<Insurance> insurances,
        Instant updatedAt) implements EventPayload {

    public Portfolio {
        mortgages = Copies.list(mortgages);
        insurances = Copies.list(insurances);
    }

    @Override
    public String partitionKey() {
        return clientId;
    }
}
