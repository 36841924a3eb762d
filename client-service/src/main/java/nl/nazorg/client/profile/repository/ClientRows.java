package nl.nazorg.client.profile.repository;

import static nl.nazorg.client.profile.repository.SqlValues.instant;

import io.vertx.mutiny.sqlclient.Row;
import nl.nazorg.client.profile.domain.Client;
import nl.nazorg.events.client.ContactChannel;
import nl.nazorg.events.client.Salutation;
import nl.nazorg.events.client.SubscriptionTier;
import nl.nazorg.events.consent.ConsentStatus;
import nl.nazorg.events.consent.LegalBasis;

/**
 * A {@code client} row read by the reactive PostgreSQL client, as the {@link Client} the domain code and the event
 * mappers take (not managed by Hibernate: the batch consumer writes back what it changed itself).
 */
final class ClientRows {

    private ClientRows() {
    }

    static Client client(Row row) {
        Client client = new Client();
        client.id = row.getString("id");
        client.tenantId = row.getString("tenant_id");
        client.externalReference = row.getString("external_reference");
        client.profileVersion = row.getLong("profile_version");
        client.portfolioVersion = row.getLong("portfolio_version");
        client.rowVersion = row.getLong("row_version");
        client.initials = row.getString("initials");
        client.firstName = row.getString("first_name");
        client.lastNamePrefix = row.getString("last_name_prefix");
        client.lastName = row.getString("last_name");
        client.salutation = constant(Salutation.class, row.getString("salutation"));
        client.dateOfBirth = row.getLocalDate("date_of_birth");
        client.email = row.getString("email");
        client.phone = row.getString("phone");
        client.correspondenceAddressJson = row.getString("correspondence_address");
        client.preferredChannel = constant(ContactChannel.class, row.getString("preferred_channel"));
        client.language = row.getString("language");
        client.householdJson = row.getString("householdjson");
        client.adviserId = row.getString("adviser_id");
        client.subscriptionTier = constant(SubscriptionTier.class, row.getString("subscription_tier"));
        client.subscriptionStart = row.getLocalDate("subscription_start");
        client.lastAnnualReview = row.getLocalDate("last_annual_review");
        client.minimumMonthlySaving = row.getBigDecimal("minimum_monthly_saving");
        client.plannedRetirementDate = row.getLocalDate("planned_retirement_date");
        client.consentStatus = constant(ConsentStatus.class, row.getString("consent_status"));
        client.consentLegalBasis = constant(LegalBasis.class, row.getString("consent_legal_basis"));
        client.consentSince = instant(row, "consent_since");
        client.consentSource = row.getString("consent_source");
        client.consentSaleDate = row.getLocalDate("consent_sale_date");
        client.arrearsJson = row.getString("arrears");
        client.portfolioJson = row.getString("portfolio");
        client.forSale = row.getBoolean("for_sale");
        client.productTypes = row.getString("product_types");
        client.createdAt = instant(row, "created_at");
        client.updatedAt = instant(row, "updated_at");
        return client;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
