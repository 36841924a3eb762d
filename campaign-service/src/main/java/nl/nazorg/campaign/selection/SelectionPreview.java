package nl.nazorg.campaign.selection;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.qute.TemplateException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import nl.nazorg.campaign.campaign.Campaign;
import nl.nazorg.campaign.config.CampaignConfig;
import nl.nazorg.campaign.campaign.SelectionFilter;
import nl.nazorg.campaign.contact.Contact;
import nl.nazorg.campaign.contact.Contacts;
import nl.nazorg.campaign.template.MailRenderer;
import nl.nazorg.campaign.template.TemplateData;
import nl.nazorg.campaign.template.TemplateStore;
import nl.nazorg.events.ClientDates;

import java.time.Clock;
import java.time.LocalDate;

/** Counts a selection's clients and renders a sample of their e-mails, changing nothing. */
@ApplicationScoped
public class SelectionPreview {

    @Inject
    Audience audience;

    @Inject
    SelectionLauncher launcher;

    @Inject
    Contacts contacts;

    @Inject
    Pool pool;

    @Inject
    TemplateStore templates;

    @Inject
    MailRenderer renderer;

    @Inject
    CampaignConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @WithSession
    public Uni<Preview> preview(Campaign campaign, int sampleSize) {
        LocalDate today = LocalDate.now(clock.withZone(ClientDates.ZONE));
        SelectionFilter filter = launcher.filterOf(campaign);
        return audience.count(campaign.tenantId, filter, today).chain(count ->
                audience.page(campaign.tenantId, filter, today, "", sampleSize)
                        .chain(ids -> pool.withConnection(connection -> contacts.byId(connection, ids))
                                .map(byId -> ids.stream().map(byId::get).toList()))
                        .chain(sampled -> Multi.createFrom().iterable(sampled)
                                .onItem().transformToUniAndConcatenate(contact -> sample(campaign, contact))
                                .collect().asList())
                        .map(samples -> new Preview(count.intValue(), samples)));
    }

    private Uni<Preview.Sample> sample(Campaign campaign, Contact contact) {
        String variant = Variants.of(campaign, contact.clientId);
        String language = contact.language == null ? "nl" : contact.language;
        return templates.find(campaign.tenantId, Variants.templateOf(campaign, variant), language).map(content -> {
            var data = TemplateData.of(json, content.get().language(),
                    new TemplateData.Person(contact.firstName, contact.initials, contact.lastNamePrefix, contact.lastName,
                            contact.salutation == null ? null : contact.salutation.name()),
                    null, null, null, contact.childrenJson, config.sender(),
                    campaign.surveyId == null ? null : "(persoonlijke enquêtelink)");
            try {
                MailRenderer.Rendered rendered = renderer.render(content.get(), data);
                return new Preview.Sample(contact.clientId, variant, content.get().language(), rendered.subject(), rendered.body());
            } catch (TemplateException e) {
                throw new BadRequestException("template does not render for this selection: " + e.getMessage());
            }
        });
    }

}
