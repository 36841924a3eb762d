package nl.nazorg.campaign.selection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import nl.nazorg.campaign.campaign.Campaign;
import nl.nazorg.campaign.campaign.CampaignKind;
import nl.nazorg.campaign.campaign.SelectionFilter;
import nl.nazorg.campaign.contact.Contact;
import nl.nazorg.events.client.SubscriptionTier;
import nl.nazorg.events.consent.MessageClass;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Which e-mail of a selection or survey campaign is a service message (DESIGN.md §3, §5): never the creator's word,
 * always what the message is about for that client. A campaign that asks for SERVICE sends one only to a client
 * <ul>
 *     <li>with an open signal of the selection's types that portfolio-signal-service classed SERVICE (a fixed-rate
 *         period ending, a missing building insurance: a product the client has), or</li>
 *     <li>invited to a survey while holding an aftercare subscription (tier BRONZE, SILVER or GOLD): the survey is part
 *         of the service the client subscribes to.</li>
 * </ul>
 * Every other client gets the campaign as MARKETING: consent, unsubscribe, the arrears guardrail and the cap apply.
 */
@ApplicationScoped
public class ServiceSituations {

    private static final String OPEN_SERVICE_SIGNALS = """
            SELECT DISTINCT client_id FROM known_signal
            WHERE tenant_id = $1 AND client_id = ANY($2::text[]) AND open AND type = ANY($3::text[])
              AND message_class = 'SERVICE'""";

    /** The class of each client's e-mail: SERVICE for the ids answered, MARKETING for the rest. */
    public Uni<Set<String>> serviceClients(SqlConnection transaction, Campaign campaign, SelectionFilter filter,
                                           Collection<Contact> contacts) {
        if (campaign.messageClass != MessageClass.SERVICE || contacts.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        Set<String> service = new HashSet<>();
        if (campaign.kind == CampaignKind.SURVEY) {
            contacts.stream().filter(c -> c.tier != null && c.tier != SubscriptionTier.NONE).forEach(c -> service.add(c.clientId));
        }
        if (filter.openSignalTypes() == null || filter.openSignalTypes().isEmpty()) {
            return Uni.createFrom().item(service);
        }
        return transaction.preparedQuery(OPEN_SERVICE_SIGNALS).execute(Tuple.of(campaign.tenantId,
                        contacts.stream().map(c -> c.clientId).toArray(String[]::new),
                        filter.openSignalTypes().stream().map(Enum::name).toArray(String[]::new)))
                .map(rows -> {
                    rows.forEach(row -> service.add(row.getString(0)));
                    return service;
                });
    }
}
