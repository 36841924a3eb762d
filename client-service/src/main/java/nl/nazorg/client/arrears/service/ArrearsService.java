package nl.nazorg.client.arrears.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import nl.nazorg.client.arrears.rest.ArrearsInput;
import nl.nazorg.client.arrears.rest.ArrearsResolution;
import nl.nazorg.client.profile.domain.ArrearsFact;
import nl.nazorg.client.profile.domain.Client;
import nl.nazorg.client.profile.domain.ClientDocuments;
import nl.nazorg.client.profile.repository.ClientRepository;
import nl.nazorg.client.profile.service.ClientChanges;
import nl.nazorg.client.profile.service.Text;

/** Payment-arrears facts: part of the profile, so every change publishes the profile (PAYMENT_ARREARS signal). */
@ApplicationScoped
public class ArrearsService {

    @Inject
    ClientRepository clients;

    @Inject
    ClientChanges changes;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<Client> record(String tenantId, String clientId, ArrearsInput input) {
        ArrearsFact fact = new ArrearsFact(UUID.randomUUID().toString(), input.missedPaymentDate(),
                Text.money(input.amount()), input.resolved(), input.resolvedDate(), Text.clean(input.reportedBy()),
                Text.clean(input.mortgageId()), clock.instant());
        return clients.findInTenant(tenantId, clientId).onItem().ifNull().failWith(NotFoundException::new)
                .call(client -> changes.change(client, c -> {
                    List<ArrearsFact> all = new ArrayList<>(ClientDocuments.arrears(c));
                    all.add(fact);
                    ClientDocuments.arrears(c, all);
                }));
    }

    @WithTransaction
    public Uni<Client> resolve(String tenantId, String clientId, String arrearsId, ArrearsResolution resolution) {
        return clients.findInTenant(tenantId, clientId).onItem().ifNull().failWith(NotFoundException::new)
                .invoke(client -> {
                    if (ClientDocuments.arrears(client).stream().noneMatch(a -> a.arrearsId().equals(arrearsId))) {
                        throw new NotFoundException();
                    }
                })
                .call(client -> changes.change(client, c -> ClientDocuments.arrears(c,
                        ClientDocuments.arrears(c).stream()
                                .map(a -> a.arrearsId().equals(arrearsId) && !a.resolved()
                                        ? a.resolvedOn(resolution.resolvedDate()) : a)
                                .toList())));
    }
}
