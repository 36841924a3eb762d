package nl.nazorg.campaign.template;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import nl.nazorg.security.CallerTenant;
import nl.nazorg.security.Roles;
import nl.nazorg.web.ProblemDetail;
import nl.nazorg.web.ProblemTypes;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** E-mail templates: the shipped ones (read-only) and the firm's own (validated on every save). */
@Path("/api/v1/templates")
@RolesAllowed({Roles.ADVISER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TemplateResource {

    @Inject
    CallerTenant caller;

    @Inject
    TemplateValidation validation;

    @Inject
    BuiltInTemplates builtIn;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @GET
    @WithSession
    public Uni<List<TemplateView>> list() {
        List<TemplateView> views = new ArrayList<>();
        for (String key : BuiltInTemplates.keys()) {
            String id = BuiltInTemplates.PREFIX + key;
            var nl = builtIn.find(id, "nl");
            var en = builtIn.find(id, "en");
            nl.ifPresent(content -> views.add(new TemplateView(id, key, true, content.subject(), content.body(),
                    en.map(TemplateContent::subject).orElse(null), en.map(TemplateContent::body).orElse(null), null)));
        }
        return EmailTemplate.<EmailTemplate>list("tenantId = ?1 order by name", caller.tenantId())
                .map(own -> {
                    own.forEach(template -> views.add(TemplateView.of(template)));
                    return views;
                });
    }

    @GET
    @Path("{id}")
    @WithSession
    public Uni<TemplateView> find(@PathParam("id") UUID id) {
        return own(id, caller.tenantId()).map(TemplateView::of);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> create(@Valid @NotNull TemplateRequest request) {
        String tenantId = caller.tenantId();
        return refusal(request).chain(refused -> refused != null ? Uni.createFrom().item(refused)
                : Panache.withTransaction(() -> {
                    EmailTemplate template = new EmailTemplate();
                    template.id = UUID.randomUUID();
                    template.tenantId = tenantId;
                    copy(request, template);
                    return template.<EmailTemplate>persist().map(saved -> Response
                            .created(URI.create("/api/v1/templates/" + saved.id)).entity(TemplateView.of(saved)).build());
                }));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> update(@PathParam("id") UUID id, @Valid @NotNull TemplateRequest request) {
        String tenantId = caller.tenantId();
        return refusal(request).chain(refused -> refused != null ? Uni.createFrom().item(refused)
                : Panache.withTransaction(() -> own(id, tenantId).invoke(template -> copy(request, template))
                        .map(template -> Response.ok(TemplateView.of(template)).build())));
    }

    private static Uni<EmailTemplate> own(UUID id, String tenantId) {
        return EmailTemplate.<EmailTemplate>findById(id).map(template -> {
            if (template == null || !template.tenantId.equals(tenantId)) {
                throw new NotFoundException();
            }
            return template;
        });
    }

    private void copy(TemplateRequest request, EmailTemplate template) {
        template.name = request.name();
        template.subjectNl = request.subjectNl();
        template.bodyNl = request.bodyNl();
        template.subjectEn = request.subjectEn();
        template.bodyEn = request.bodyEn();
        template.updatedAt = clock.instant();
    }

    /** The 400 problem naming every part that does not render, or null when the template is fine. */
    private Uni<Response> refusal(TemplateRequest request) {
        String path = uri.getPath();
        return validation.problems(request).map(problems -> problems.isEmpty() ? null
                : new ProblemDetail(ProblemTypes.VALIDATION, "Template does not render", 400,
                        "The template was not saved: it does not render.", path, problems).toResponse());
    }
}
