package nl.nazorg.survey.firm;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import nl.nazorg.security.CallerTenant;
import nl.nazorg.security.Roles;

/** The firm's name shown on its survey pages. */
@Path("/api/v1/firm")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
public class FirmResource {

    /** A name, never markup or line breaks. */
    public record FirmView(@NotBlank @Size(max = 200) @Pattern(regexp = "[^<>\\r\\n]*") String name) {
    }

    @Inject
    CallerTenant caller;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.ADVISER, Roles.ADMIN})
    @WithSession
    @Operation(summary = "The firm's name on survey pages")
    public Uni<FirmView> get() {
        return Firm.<Firm>findById(caller.tenantId()).onItem().ifNull().failWith(NotFoundException::new)
                .map(firm -> new FirmView(firm.name));
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Set the firm's name on survey pages (admin)")
    public Uni<FirmView> put(@Valid @jakarta.validation.constraints.NotNull FirmView view) {
        String tenantId = caller.tenantId();
        return Firm.<Firm>findById(tenantId).chain(found -> {
            Firm firm = found != null ? found : new Firm();
            firm.tenantId = tenantId;
            firm.name = view.name().strip();
            firm.updatedAt = clock.instant();
            return found != null ? Uni.createFrom().item(firm) : firm.<Firm>persist();
        }).map(firm -> new FirmView(firm.name));
    }
}
