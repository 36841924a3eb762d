package nl.nazorg.client.profile.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import nl.nazorg.client.consent.domain.ConsentChange;
import nl.nazorg.client.contactchange.repository.ContactChangeRepository;
import nl.nazorg.client.events.ClientEvents;
import nl.nazorg.client.portfolio.rest.PortfolioInput;
import nl.nazorg.client.portfolio.service.PortfolioInputMapper;
import nl.nazorg.client.profile.domain.Client;
import nl.nazorg.client.profile.domain.ClientDocuments;
import nl.nazorg.client.profile.domain.ProfileChange;
import nl.nazorg.client.profile.repository.ClientFilter;
import nl.nazorg.client.profile.repository.ClientRepository;
import nl.nazorg.client.profile.rest.ClientInput;
import nl.nazorg.events.ClientDates;
import nl.nazorg.events.consent.ConsentStatus;

/** The client file's transactions (house habit 3): every change of a client and its events commit together. */
@ApplicationScoped
public class ClientService {

    @Inject
    ClientRepository clients;

    @Inject
    ClientChanges changes;

    @Inject
    ContactChangeRepository contactChanges;

    @Inject
    ClientEvents events;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<Client> create(String tenantId, ClientInput input, PortfolioInput portfolio) {
        Uni<Void> unique = input.externalReference() == null ? Uni.createFrom().voidItem()
                : clients.findByExternalReference(tenantId, Text.clean(input.externalReference()))
                        .invoke(existing -> {
                            if (existing != null) {
                                throw new DuplicateReferenceException();
                            }
                        }).replaceWithVoid();
        return unique.chain(() -> {
            Client client = newClient(tenantId, input, portfolio);
            return clients.persist(client).call(() -> events.published(client, true));
        });
    }

    /** A new client row with versions 1, not yet persisted. */
    public Client newClient(String tenantId, ClientInput input, PortfolioInput portfolio) {
        Client client = new Client();
        client.id = UUID.randomUUID().toString();
        client.tenantId = tenantId;
        ProfileInputMapper.apply(input, client);
        ClientDocuments.portfolio(client, PortfolioInputMapper.toDocument(portfolio));
        ClientDocuments.arrears(client, List.of());
        client.consentStatus = ConsentStatus.NOT_GIVEN;
        client.profileVersion = 1;
        client.portfolioVersion = 1;
        client.createdAt = clock.instant();
        client.updatedAt = client.createdAt;
        return client;
    }

    @WithSession
    public Uni<Client> find(String tenantId, String clientId) {
        return clients.findInTenant(tenantId, clientId).onItem().ifNull().failWith(NotFoundException::new);
    }

    @WithTransaction
    public Uni<Client> update(String tenantId, String clientId, ClientInput input) {
        return clients.findInTenant(tenantId, clientId).onItem().ifNull().failWith(NotFoundException::new)
                .call(client -> uniqueReference(tenantId, client, Text.clean(input.externalReference())))
                .call(client -> changes.change(client, c -> ProfileInputMapper.apply(input, c)));
    }

    @WithTransaction
    public Uni<Client> replacePortfolio(String tenantId, String clientId, PortfolioInput input) {
        return clients.findInTenant(tenantId, clientId).onItem().ifNull().failWith(NotFoundException::new)
                .call(client -> changes.change(client,
                        c -> ClientDocuments.portfolio(c, PortfolioInputMapper.toDocument(input))));
    }

    /**
     * Erases the client (AVG art. 17): the row, its consent history, its change log and its requested contact changes
     * (pending or decided) are deleted, and tombstones on both compacted topics tell every reader to forget the client.
     * The row is locked first, so a concurrent change (say an approved change the client asked for in a survey) either
     * commits before and is erased with the rest, or waits and then finds no client: it cannot leave a change-log row
     * behind after the erasure.
     */
    @WithTransaction
    public Uni<Void> erase(String tenantId, String clientId) {
        return clients.lockInTenant(tenantId, clientId).onItem().ifNull().failWith(NotFoundException::new)
                .call(client -> ConsentChange.delete("tenantId = ?1 and clientId = ?2", tenantId, clientId))
                .call(client -> ProfileChange.delete("tenantId = ?1 and clientId = ?2", tenantId, clientId))
                .call(client -> contactChanges.deleteOfClient(tenantId, clientId))
                .call(client -> clients.delete(client))
                .call(client -> events.erased(client))
                .replaceWithVoid();
    }

    @WithSession
    public Uni<ClientPage> search(String tenantId, ClientFilter filter, int page, int size) {
        LocalDate today = LocalDate.now(clock.withZone(ClientDates.ZONE));
        return clients.search(tenantId, filter, today, page, size)
                .chain(items -> clients.count(tenantId, filter, today)
                        .map(total -> new ClientPage(items, page, size, total)));
    }

    @WithSession
    public Uni<List<ProfileChange>> profileChanges(String tenantId, String clientId) {
        return find(tenantId, clientId).chain(client -> ProfileChange.<ProfileChange>find(
                "tenantId = ?1 and clientId = ?2", io.quarkus.panache.common.Sort.by("recordedAt").and("field"),
                tenantId, clientId).list());
    }

    private Uni<Void> uniqueReference(String tenantId, Client client, String reference) {
        if (reference == null || reference.equals(client.externalReference)) {
            return Uni.createFrom().voidItem();
        }
        return clients.findByExternalReference(tenantId, reference).invoke(other -> {
            if (other != null) {
                throw new DuplicateReferenceException();
            }
        }).replaceWithVoid();
    }

    public record ClientPage(List<Client> items, int page, int size, long total) {
    }
}
