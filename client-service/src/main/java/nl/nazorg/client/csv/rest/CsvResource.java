package nl.nazorg.client.csv.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import nl.nazorg.client.csv.service.ExportService;
import nl.nazorg.client.csv.service.ImportReport;
import nl.nazorg.client.csv.service.ImportService;
import nl.nazorg.security.CallerTenant;
import nl.nazorg.security.Roles;

@Path("/api/v1/clients")
@RolesAllowed({Roles.ADVISER, Roles.ADMIN})
@Tag(name = "csv")
public class CsvResource {

    public static final String TEXT_CSV = "text/csv";

    @Inject
    ImportService imports;

    @Inject
    ExportService exports;

    @Inject
    CallerTenant caller;

    @POST
    @Path("import")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(TEXT_CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import clients with their portfolio from CSV (README: format); returns a per-row report")
    public Uni<ImportReport> importCsv(String csv) {
        String tenant = caller.tenantId();
        String adviser = caller.adviserId();
        return Uni.createFrom().deferred(() -> imports.importCsv(tenant, adviser, csv));
    }

    @GET
    @Path("export")
    @RolesAllowed(Roles.ADMIN)
    @Produces(TEXT_CSV)
    @Operation(summary = "Export every client of the firm in the import format")
    public Uni<Response> export() {
        return exports.export(caller.tenantId())
                .map(csv -> Response.ok(csv, TEXT_CSV + ";charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"clients.csv\"").build());
    }
}
