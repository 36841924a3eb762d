package nl.nazorg.client.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import nl.nazorg.client.consent.domain.ConsentChange;
import nl.nazorg.client.consent.repository.ConsentHistoryTable;
import nl.nazorg.client.consent.service.ConsentService;
import nl.nazorg.client.profile.domain.Client;
import nl.nazorg.client.profile.repository.ClientKey;
import nl.nazorg.client.profile.repository.ClientTable;
import nl.nazorg.client.profile.service.ClientChanges;
import nl.nazorg.events.campaign.UnsubscribeChannel;
import nl.nazorg.events.campaign.Unsubscribed;
import nl.nazorg.events.consent.ConsentStatus;
import nl.nazorg.messaging.consumer.IncomingEvent;
import nl.nazorg.messaging.outbox.Outbox;
import nl.nazorg.messaging.outbox.OutboxEvent;

/**
 * An unsubscribe withdraws marketing e-mail consent at once (Telecommunicatiewet art. 11.7): recorded in the consent
 * history with its source ({@code unsubscribe-one-click} or {@code unsubscribe-page}) and the campaign's send as
 * reference, and published with the profile. An objection already on file stays: it is the stronger refusal.
 *
 * <p>A poll's unsubscribes are applied together, in the poll's transaction: the clients read and locked in one
 * statement, their consent written back in one, the history entries added in one, the profiles appended to the
 * outbox in one. The first unsubscribe of a client in the poll withdraws; later ones find the consent withdrawn
 * and change nothing, as they would one poll later.
 */
@ApplicationScoped
public class UnsubscribeHandler {

    static final String RECORDED_BY = "campaign-service";

    private static final Logger LOG = Logger.getLogger(UnsubscribeHandler.class);

    /** One client's withdrawal: the changed client, its history entry and the events that publish it. */
    private record Withdrawal(Client client, ConsentChange evidence, List<OutboxEvent> events) {
    }

    @Inject
    ConsentService consent;

    @Inject
    ClientChanges changes;

    @Inject
    Outbox outbox;

    /** Refuses, while the poll is read, what can never be applied: the record is dead-lettered with the reason. */
    public static void check(IncomingEvent<Unsubscribed> event) {
        event.require(!event.isTombstone(), "null value on a delete topic")
                .requireTenant(event.payload().tenantId())
                .require(event.payload().clientId() != null, "clientId is missing")
                .require(event.payload().unsubscribedAt() != null, "unsubscribedAt is missing")
                .require(event.payload().clientId().equals(event.key()), "clientId differs from the record key");
    }

    public Uni<Void> apply(SqlConnection transaction, List<IncomingEvent<Unsubscribed>> events) {
        Map<ClientKey, IncomingEvent<Unsubscribed>> firstPerClient = new LinkedHashMap<>();
        events.forEach(event -> firstPerClient.putIfAbsent(key(event.payload()), event));
        return ClientTable.lock(transaction, firstPerClient.keySet()).chain(clients -> {
            // Erased or never known here: nothing to withdraw.
            LOG.debugf("%d unsubscribes for unknown clients skipped", firstPerClient.size() - clients.size());
            List<Withdrawal> withdrawals = clients.stream()
                    .filter(client -> client.consentStatus != ConsentStatus.WITHDRAWN
                            && client.consentStatus != ConsentStatus.OBJECTED)
                    .map(client -> withdraw(client, firstPerClient.get(new ClientKey(client.tenantId, client.id))))
                    .toList();
            return write(transaction, withdrawals);
        });
    }

    private Withdrawal withdraw(Client client, IncomingEvent<Unsubscribed> event) {
        Unsubscribed unsubscribed = event.payload();
        String source = unsubscribed.channel() == UnsubscribeChannel.ONE_CLICK
                ? "unsubscribe-one-click" : "unsubscribe-page";
        String reference = unsubscribed.sendId() != null ? "send:" + unsubscribed.sendId() : "event:" + event.id();
        ConsentChange evidence = consent.evidence(client, new ConsentService.Decision(ConsentStatus.WITHDRAWN, source,
                unsubscribed.unsubscribedAt(), RECORDED_BY, reference, null));
        List<OutboxEvent> published = changes.changeInMemory(client, c -> ConsentService.record(c, evidence));
        return new Withdrawal(client, evidence, published);
    }

    private Uni<Void> write(SqlConnection transaction, List<Withdrawal> withdrawals) {
        List<Client> changed = withdrawals.stream().filter(w -> !w.events().isEmpty()).map(Withdrawal::client)
                .toList();
        List<OutboxEvent> published = new ArrayList<>();
        withdrawals.forEach(w -> published.addAll(w.events()));
        return ClientTable.updateConsent(transaction, changed)
                .chain(() -> ConsentHistoryTable.insertAll(transaction,
                        withdrawals.stream().map(Withdrawal::evidence).toList()))
                .chain(() -> outbox.appendAll(transaction, published));
    }

    private static ClientKey key(Unsubscribed unsubscribed) {
        return new ClientKey(unsubscribed.tenantId(), unsubscribed.clientId());
    }
}
