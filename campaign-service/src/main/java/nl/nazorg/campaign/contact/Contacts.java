package nl.nazorg.campaign.contact;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import nl.nazorg.campaign.storage.SetStatements;
import nl.nazorg.events.client.ContactChannel;
import nl.nazorg.events.client.Salutation;
import nl.nazorg.events.client.SubscriptionTier;
import nl.nazorg.events.consent.ConsentStatus;
import nl.nazorg.events.consent.LegalBasis;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static nl.nazorg.campaign.storage.SqlColumns.enumOf;
import static nl.nazorg.campaign.storage.SqlColumns.instant;

/** Reads the contacts of a poll's clients in one statement, on the consumer's transaction (not managed entities). */
@ApplicationScoped
public class Contacts {

    private static final String BY_ID = "SELECT * FROM contact WHERE client_id = ANY($1::text[])";

    /** @return client id → contact, for those whose profile is known */
    public Uni<Map<String, Contact>> byId(SqlConnection transaction, Collection<String> clientIds) {
        return SetStatements.select(transaction, BY_ID, clientIds.toArray(String[]::new), Contacts::contact)
                .map(contacts -> contacts.stream().collect(Collectors.toMap(c -> c.clientId, Function.identity())));
    }

    private static Contact contact(Row row) {
        Contact contact = new Contact();
        contact.clientId = row.getString("client_id");
        contact.tenantId = row.getString("tenant_id");
        contact.aggregateVersion = row.getLong("aggregate_version");
        contact.initials = row.getString("initials");
        contact.firstName = row.getString("first_name");
        contact.lastNamePrefix = row.getString("last_name_prefix");
        contact.lastName = row.getString("last_name");
        contact.salutation = enumOf(row, "salutation", Salutation.class);
        contact.dateOfBirth = row.getLocalDate("date_of_birth");
        contact.email = row.getString("email");
        contact.preferredChannel = enumOf(row, "preferred_channel", ContactChannel.class);
        contact.language = row.getString("language");
        contact.adviserId = row.getString("adviser_id");
        contact.tier = enumOf(row, "tier", SubscriptionTier.class);
        contact.consentStatus = enumOf(row, "consent_status", ConsentStatus.class);
        contact.consentLegalBasis = enumOf(row, "consent_legal_basis", LegalBasis.class);
        contact.consentSince = instant(row, "consent_since");
        contact.openArrears = Boolean.TRUE.equals(row.getBoolean("open_arrears"));
        contact.childrenJson = row.getString("children_json");
        contact.unsubscribedAt = instant(row, "unsubscribed_at");
        return contact;
    }
}
