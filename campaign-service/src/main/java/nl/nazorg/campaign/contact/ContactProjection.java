package nl.nazorg.campaign.contact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.nazorg.events.client.Child;
import nl.nazorg.events.client.ClientProfile;
import nl.nazorg.messaging.consumer.PoisonRecordException;

import java.util.LinkedHashMap;
import java.util.Map;

/** Applies client-profiles.v1 to {@link Contact}: newer versions only, erasure deletes the row. */
@ApplicationScoped
public class ContactProjection {

    @Inject
    ObjectMapper json;

    public Uni<Void> apply(ClientProfile profile) {
        return Contact.<Contact>findById(profile.clientId()).chain(found -> {
            if (found != null && !found.tenantId.equals(profile.tenantId())) {
                throw new PoisonRecordException("tenantId differs from the stored client's tenant");
            }
            Contact contact = found == null ? new Contact() : found;
            contact.applyIfNewer(profile.version(), () -> copy(profile, contact));
            return found == null ? contact.persist().replaceWithVoid() : Uni.createFrom().voidItem();
        });
    }

    public Uni<Void> erase(String clientId) {
        return Contact.delete("clientId", clientId).replaceWithVoid();
    }

    private void copy(ClientProfile profile, Contact contact) {
        contact.clientId = profile.clientId();
        contact.tenantId = profile.tenantId();
        if (profile.name() != null) {
            contact.initials = profile.name().initials();
            contact.firstName = profile.name().firstName();
            contact.lastNamePrefix = profile.name().lastNamePrefix();
            contact.lastName = profile.name().lastName();
        }
        contact.salutation = profile.salutation();
        contact.dateOfBirth = profile.dateOfBirth();
        contact.email = profile.email();
        contact.preferredChannel = profile.preferredChannel();
        contact.language = profile.language().code();
        contact.adviserId = profile.adviserId();
        contact.tier = profile.subscription().tier();
        var consent = profile.marketingEmailConsent();
        contact.consentStatus = consent.status();
        contact.consentLegalBasis = consent.legalBasis();
        // A fresh opt-in given after our unsubscribe lifts it; anything older does not.
        if (contact.unsubscribedAt != null && consent.status().allowsMarketingEmail()
                && consent.since() != null && consent.since().isAfter(contact.unsubscribedAt)) {
            contact.unsubscribedAt = null;
        }
        contact.consentSince = consent.since();
        contact.openArrears = profile.paymentArrears().stream().anyMatch(arrears -> !arrears.resolved());
        contact.childrenJson = children(profile);
    }

    private String children(ClientProfile profile) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Child child : profile.household().children()) {
            if (child.childId() != null && child.firstName() != null) {
                names.put(child.childId(), child.firstName());
            }
        }
        try {
            return json.writeValueAsString(names);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
