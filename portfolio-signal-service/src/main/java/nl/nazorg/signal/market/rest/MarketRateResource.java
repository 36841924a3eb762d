package nl.nazorg.signal.market.rest;

import java.time.Clock;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.nazorg.events.EventType;
import nl.nazorg.events.Topics;
import nl.nazorg.events.market.MarketRate;
import nl.nazorg.events.market.MarketRateTable;
import nl.nazorg.messaging.outbox.Outbox;
import nl.nazorg.messaging.outbox.RawJson;
import nl.nazorg.security.CallerTenant;
import nl.nazorg.security.PlatformOperator;
import nl.nazorg.security.Roles;

/**
 * Upload of a lender's rate table by the platform operator's rate feed. It is published on market-rates.v1 through
 * the outbox and stored only when this service consumes it back, so an upload and a partner feed take the same path
 * (202). The table applies to every firm, so no firm token may change it, not even a firm admin's
 * ({@link PlatformOperator}).
 */
@Path("/api/v1/market-rates")
@RolesAllowed(Roles.PLATFORM_RATES)
public class MarketRateResource {

    @Inject
    Outbox outbox;

    @Inject
    CallerTenant caller;

    @Inject
    Clock clock;

    @PUT
    @Path("{lender}")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    public Uni<Response> upload(@PathParam("lender") @Pattern(regexp = "[A-Za-z0-9._-]{1,100}") String lender,
            @Valid @NotNull RateTableUpload upload) {
        PlatformOperator.require(caller);
        MarketRateTable table = MarketRateTable.of(lender, upload.lenderName(), upload.validFrom(),
                upload.rates().stream()
                        .map(r -> new MarketRate(r.fixedRatePeriodYears(), r.riskClass(), r.rate())).toList(),
                clock.instant());
        return outbox.append(Topics.MARKET_RATES, lender, EventType.MARKET_RATE_TABLE.ceType(), lender,
                        MarketRateTable.ALL_TENANTS, RawJson.contract(table))
                .map(id -> Response.accepted().build());
    }
}
