package nl.nazorg.client.consent.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import nl.nazorg.client.consent.domain.ConsentChange;
import nl.nazorg.client.consent.rest.ConsentInput;
import nl.nazorg.client.consent.rest.SoftOptInConditions;
import nl.nazorg.client.profile.domain.Client;
import nl.nazorg.client.profile.repository.ClientRepository;
import nl.nazorg.client.profile.service.ClientChanges;
import nl.nazorg.events.consent.ConsentStatus;
import nl.nazorg.events.consent.LegalBasis;

/** Marketing e-mail consent and its history: every change is kept as evidence and published with the profile. */
@ApplicationScoped
public class ConsentService {

    @Inject
    ClientRepository clients;

    @Inject
    ClientChanges changes;

    @Inject
    Clock clock;

    @WithTransaction
    public Uni<Client> record(String tenantId, String clientId, ConsentInput input, String recordedBy) {
        Instant effectiveAt = input.effectiveAt() == null ? clock.instant() : input.effectiveAt();
        return clients.findInTenant(tenantId, clientId).onItem().ifNull().failWith(NotFoundException::new)
                .call(client -> apply(client, new Decision(input.status(), input.source(), effectiveAt, recordedBy,
                        input.reference(), input.softOptIn())));
    }

    /** Applies a decision to a loaded client inside the caller's transaction and adds it to the history. */
    public Uni<Void> apply(Client client, Decision decision) {
        ConsentChange change = evidence(client, decision);
        return changes.change(client, c -> record(c, change)).chain(() -> change.persist()).replaceWithVoid();
    }

    /** The history entry of a decision about this client, not yet stored. */
    public ConsentChange evidence(Client client, Decision decision) {
        ConsentChange change = new ConsentChange();
        change.id = UUID.randomUUID().toString();
        change.tenantId = client.tenantId;
        change.clientId = client.id;
        change.status = decision.status();
        change.legalBasis = legalBasis(decision.status());
        change.source = decision.source();
        change.recordedBy = decision.recordedBy();
        change.effectiveAt = decision.effectiveAt();
        change.recordedAt = clock.instant();
        change.reference = decision.reference();
        SoftOptInConditions conditions = decision.softOptIn();
        if (conditions != null) {
            change.contactDetailsObtainedInSale = conditions.contactDetailsObtainedInSale();
            change.saleDate = conditions.saleDate();
            change.similarProductsOnly = conditions.similarProductsOnly();
            change.objectionOfferedAtCollection = conditions.objectionOfferedAtCollection();
        }
        return change;
    }

    /** The client's consent as the history entry says. */
    public static void record(Client client, ConsentChange change) {
        client.consentStatus = change.status;
        client.consentLegalBasis = change.legalBasis;
        client.consentSince = change.effectiveAt;
        client.consentSource = change.source;
        client.consentSaleDate = change.saleDate;
    }

    @WithSession
    public Uni<List<ConsentChange>> history(String tenantId, String clientId) {
        return clients.findInTenant(tenantId, clientId).onItem().ifNull().failWith(NotFoundException::new)
                .chain(client -> ConsentChange.<ConsentChange>find("tenantId = ?1 and clientId = ?2",
                        Sort.by("recordedAt").and("id"), tenantId, clientId).list());
    }

    /** What a status rests on: consent for an opt-in, the customer relationship for a soft opt-in, else nothing. */
    public static LegalBasis legalBasis(ConsentStatus status) {
        return switch (status) {
            case OPTED_IN -> LegalBasis.CONSENT;
            case SOFT_OPT_IN -> LegalBasis.EXISTING_CUSTOMER;
            default -> null;
        };
    }

    /** One consent decision, from an adviser, an import or an unsubscribe. */
    public record Decision(ConsentStatus status, String source, Instant effectiveAt, String recordedBy,
                           String reference, SoftOptInConditions softOptIn) {
    }
}
